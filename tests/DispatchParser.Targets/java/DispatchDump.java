// The Java driver of the cross-target agreement test: parses each file named on the command line
// with the parser generated from grammar/*.g4 (-Dlanguage=Java) and prints the canonical dump that
// the C# and JavaScript drivers print too (format: tests/DispatchParser.Targets/README.md).
//
// The parse is the one DispatchParser.Grammar's DispatchGrammar.Parse does: UTF-16 code units in
// (ANTLRInputStream, not the code-point CharStreams), SLL prediction with BailErrorStrategy, and on
// failure full LL with the default error strategy from the first token again.

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

public final class DispatchDump {
    private static final class Errors extends BaseErrorListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                int charPositionInLine, String msg, RecognitionException e) {
            lines.add("E " + line + ":" + charPositionInLine);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String file : args) {
            String text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
            out.print("== " + file + "\n");
            dump(text, out);
        }
        out.flush();
    }

    @SuppressWarnings("deprecation") // ANTLRInputStream reads UTF-16 code units, as the C# runtime does
    private static void dump(String text, PrintStream out) {
        Errors errors = new Errors();
        DispatchLexer lexer = new DispatchLexer(new ANTLRInputStream(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        DispatchParser parser = new DispatchParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        ParseTree tree;
        try {
            tree = parser.dispatch();
        } catch (ParseCancellationException bail) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.dispatch();
        }

        Vocabulary vocabulary = lexer.getVocabulary();
        for (Token token : tokens.getTokens()) {
            out.print("T " + name(vocabulary, token.getType()) + " " + token.getStartIndex() + " " + token.getStopIndex()
                + " " + token.getLine() + ":" + token.getCharPositionInLine() + " " + token.getChannel() + "\n");
        }
        StringBuilder builder = new StringBuilder("P ");
        writeTree(tree, parser.getRuleNames(), vocabulary, builder);
        out.print(builder.append('\n'));
        for (String error : errors.lines) out.print(error + "\n");
    }

    private static void writeTree(ParseTree node, String[] ruleNames, Vocabulary vocabulary, StringBuilder builder) {
        if (node instanceof TerminalNode terminal) {
            Token token = terminal.getSymbol();
            if (node instanceof ErrorNode) builder.append('!');
            builder.append(name(vocabulary, token.getType())).append('@').append(token.getTokenIndex());
            return;
        }
        ParserRuleContext rule = (ParserRuleContext) node;
        builder.append('(').append(ruleNames[rule.getRuleIndex()]);
        for (int i = 0; i < rule.getChildCount(); i++) {
            builder.append(' ');
            writeTree(rule.getChild(i), ruleNames, vocabulary, builder);
        }
        builder.append(')');
    }

    private static String name(Vocabulary vocabulary, int type) {
        if (type == Token.EOF) return "EOF";
        String name = vocabulary.getSymbolicName(type);
        return name != null ? name : Integer.toString(type);
    }
}
