// A stand-in for the `vscode` module, just enough for vscode-languageclient's node client to load
// and to build its LanguageClient outside VS Code: every property is another stand-in, calling or
// constructing one returns a stand-in, and `version` is the oldest VS Code the extension supports.
// Used only to run the library's own server launch (LanguageClient.createMessageTransports).
'use strict';

function standIn() {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_, property) {
      if (property === 'version') return '1.91.0';
      if (property === '__esModule') return true;
      if (property === 'then' || typeof property === 'symbol') return undefined;
      if (property === 'prototype') return target.prototype;
      if (!cache.has(property)) cache.set(property, standIn());
      return cache.get(property);
    },
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

module.exports = standIn();
