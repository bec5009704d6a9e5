/**
 * The tag of the one element we add to a page (the card's host, see card-host.ts). A module of its own so the
 * start stage can recognise our node without bundling the card (which arrives with the late stage).
 */
export const HOST_TAG = 'inline-context-card';
