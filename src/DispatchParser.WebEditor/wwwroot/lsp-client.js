// @ts-check
// A small JSON-RPC 2.0 client over a WebSocket: one message per WebSocket message, as the server's
// StreamJsonRpc WebSocketMessageHandler speaks. Requests return promises; notifications go to handlers.
'use strict';

class LspConnection {
  /** @param {string} url */
  constructor(url) {
    this.socket = new WebSocket(url);
    this.nextId = 1;
    /** @type {Map<number, {resolve: (value: any) => void, reject: (error: Error) => void}>} */
    this.pending = new Map();
    /** @type {Map<string, (params: any) => void>} */
    this.handlers = new Map();
    /** @type {(reason: string) => void} */
    this.onClose = () => {};
    this.opened = new Promise((resolve, reject) => {
      this.socket.addEventListener('open', () => resolve(undefined));
      this.socket.addEventListener('error', () => reject(new Error('the connection to the server failed')));
    });
    this.socket.addEventListener('message', (event) => this.receive(JSON.parse(String(event.data))));
    this.socket.addEventListener('close', (event) => {
      for (const { reject } of this.pending.values()) reject(new Error('the connection closed'));
      this.pending.clear();
      this.onClose(event.reason || `code ${event.code}`);
    });
  }

  /** @param {string} method @param {any} params @returns {Promise<any>} */
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** @param {string} method @param {any} params */
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** @param {string} method @param {(params: any) => void} handler */
  onNotification(method, handler) {
    this.handlers.set(method, handler);
  }

  /** @param {object} message */
  send(message) {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  /** @param {any} message */
  receive(message) {
    if (message.method !== undefined) {
      if (message.id !== undefined) {
        // The server asks nothing of this client; answer as JSON-RPC says.
        this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: `${message.method} is not supported` } });
        return;
      }
      this.handlers.get(message.method)?.(message.params);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`${message.error.message} (${message.error.code})`));
    else waiting.resolve(message.result);
  }
}

// @ts-ignore: shared with editor.js, loaded after this script.
window.LspConnection = LspConnection;
