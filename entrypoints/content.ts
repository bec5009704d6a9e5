export default defineContentScript({
  matches: ['*://*.example.invalid/*'],
  runAt: 'document_idle',
  main() {
    // The spotter and the card are wired here (issue: on the page).
  },
});
