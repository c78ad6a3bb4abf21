// Instantiates the wasm that the build packed into this very file (cmake/pack_wasm.mjs),
// deflated and base64-encoded, so the page opens from file:// where Chromium fetches
// no .wasm. The browser's own DecompressionStream inflates it.
Module['instantiateWasm'] = function (imports, receive) {
  var text = atob('@LIMBER_PACKED_WASM@');
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer()
    .then(function (wasm) { return WebAssembly.instantiate(wasm, imports); })
    .then(function (out) { receive(out['instance'], out['module']); }, abort);
  return {};
};
