// The JavaScript driver of the cross-target agreement test: parses each file named on the command
// line with the parser generated from grammar/*.g4 (-Dlanguage=JavaScript, into ./generated, which
// is never committed) and prints the canonical dump that the C# and Java drivers print too (format:
// tests/DispatchParser.Targets/README.md).
//
// The parse is the one DispatchParser.Grammar's DispatchGrammar.Parse does: UTF-16 code units in
// (InputStream without code-point decoding), SLL prediction with BailErrorStrategy, and on failure
// full LL with the default error strategy from the first token again.

import { readFileSync } from 'node:fs';
import {
  BailErrorStrategy, CommonTokenStream, DefaultErrorStrategy, ErrorListener, InputStream, PredictionMode, TerminalNode, Token,
} from 'antlr4';
import DispatchLexer from './generated/DispatchLexer.js';
import DispatchParser from './generated/DispatchParser.js';

class Errors extends ErrorListener {
  constructor() {
    super();
    this.lines = [];
  }

  syntaxError(recognizer, offendingSymbol, line, column) {
    this.lines.push(`E ${line}:${column}`);
  }
}

const name = (type) => (type === Token.EOF ? 'EOF' : (DispatchLexer.symbolicNames[type] ?? String(type)));

function writeTree(node, ruleNames, parts) {
  if (node instanceof TerminalNode) {
    const token = node.symbol;
    parts.push(`${node.isErrorNode?.() ? '!' : ''}${name(token.type)}@${token.tokenIndex}`);
    return;
  }
  parts.push(`(${ruleNames[node.ruleIndex]}`);
  for (let i = 0; i < node.getChildCount(); i++) {
    parts.push(' ');
    writeTree(node.getChild(i), ruleNames, parts);
  }
  parts.push(')');
}

function dump(text) {
  const errors = new Errors();
  const lexer = new DispatchLexer(new InputStream(text, false));
  lexer.removeErrorListeners();
  lexer.addErrorListener(errors);
  const tokens = new CommonTokenStream(lexer);
  tokens.fill();

  const parser = new DispatchParser(tokens);
  parser.removeErrorListeners();
  parser._interp.predictionMode = PredictionMode.SLL;
  parser._errHandler = new BailErrorStrategy();
  let tree;
  try {
    tree = parser.dispatch();
  } catch {
    // BailErrorStrategy's ParseCancellationException (not exported by the runtime).
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(errors);
    parser._errHandler = new DefaultErrorStrategy();
    parser._interp.predictionMode = PredictionMode.LL;
    tree = parser.dispatch();
  }

  const lines = tokens.tokens.map((t) =>
    `T ${name(t.type)} ${t.start} ${t.stop} ${t.line}:${t.column} ${t.channel}`);
  const parts = ['P '];
  writeTree(tree, parser.ruleNames, parts);
  lines.push(parts.join(''));
  lines.push(...errors.lines);
  return lines.join('\n') + '\n';
}

const chunks = [];
for (const file of process.argv.slice(2)) {
  // TextDecoder keeps a leading U+FEFF (ignoreBOM), as the other drivers do.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(file));
  chunks.push(`== ${file}\n`, dump(text));
}
process.stdout.write(chunks.join(''));
