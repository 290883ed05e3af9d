// Hashes one catalogue body off the page's thread (src/sync/digest.rs, issue 16): the page posts the
// stored or downloaded body as a Blob, goes on reading it, and compares this SHA-256 with the manifest's
// when it has read it. null where there is no crypto.subtle (not a secure context) or the blob cannot be
// read; the page then hashes it itself, or validates the body in full. One body per worker: it closes.
onmessage = async (event) => {
  let digest = null;
  try {
    digest = await crypto.subtle.digest('SHA-256', await event.data.arrayBuffer());
  } catch {
    digest = null;
  }
  postMessage(digest, digest ? [digest] : []);
  close();
};
