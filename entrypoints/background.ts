export default defineBackground(() => {
  // Wiring only; message handling is added with the protocol in lib/messaging/protocol.ts.
});
