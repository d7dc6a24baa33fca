// DispatchParser.g4 — parser grammar of the wire-dispatch format.
//
// NORMATIVE. This grammar, together with DispatchLexer.g4, is the formal definition of the
// format; grammar/README.md is the same specification in prose (section 2 describes these
// rules; section 4 says which source spans the parts are lowered to). Keep all three in
// agreement.
//
// Target-independent: no actions, no semantic predicates, no target code.
//
// The input is a sequence of whole-line tokens separated by NL (see DispatchLexer.g4), lexed from the
// text after the layout pre-pass (README.md section 1.1): in the wrapped layout every fold is a space,
// so each token is one logical line; both layouts share this grammar.
// Conventions used below:
//   blankLine : an empty or whitespace-only line with its line break;
//   gap       : the line break that ends a content line, plus any blank lines after it.
// The body alternatives of section 2.3 overlap (a body may open with a dateline AND end with a
// tag, a byline AND a source line); a parser may choose any matching alternative — only the verdict (accept or reject) is
// normative, and which lines are parts follows from section 2.3 and section 4, not from the
// alternative chosen.

parser grammar DispatchParser;

options { tokenVocab = DispatchLexer; }

// 2. The document. A body either ends with its last line (then an end marker may follow on a
//    line of its own) or with an end marker on its last paragraph's line (then only a stamp).
dispatch
    : BOM? blankLine* headline separator ( body endMarkerPart? | markedBody stampPart? ) noticePart briefPart* trailer EOF
    ;

// 2.1 The first non-blank line. PLACE_LINE, PLACE_PARA and LEAD_LINE (like the datelines) are the
//     story's first line, never a headline: a dispatch that opens with one has no headline. The layout
//     pre-pass (README.md 1.1) folds the first line only into a logical line that is still one of
//     DATELINE_PARA, PLACE_PARA or LEAD_LINE, so a headline token is always one physical line.
headline
    : TEXT_LINE
    | TAGGED_LINE
    | STAMP_LINE
    ;

// 2.2 At least one blank line after the headline.
separator
    : NL blankLine+
    ;

// 2.3 One paragraph per line; the body must name its agency: at its head (a dateline or a
//     byline), at its end (a tag, a sign-off), or in the source line after it.
body
    : leadIn* bodyLines
    ;

bodyLines
    : DATELINE_PARA ( gap paragraphLine )* bodyEnd?
    | headLines ( gap paragraphLine )+ bodyEnd?
    | ( paragraphLine gap )* TAGGED_LINE ( gap sourceLine )?
    | paragraphLine ( gap paragraphLine )* namingEnd
    ;

// Lead-in lines at the top of the body (README.md 2.3): scraper residue and take labels, before the
// dateline or the head. (Either reading of such a line — lead-in or paragraph — gives the same verdict
// when it opens the body; the lowering takes it as a lead-in when a paragraph line follows it.)
leadIn
    : ( RESIDUE_LINE | TAKE_LABEL_LINE ) gap
    ;

// 2.4 A body whose last paragraph's line ends with an end marker (`… // انتهى //`); as the only body
//     line, a dateline paragraph that ends with one (`ANKARA (AA) - … // انتهى //`) names the agency.
markedBody
    : leadIn* markedLines
    ;

markedLines
    : DATELINE_MARKED_LINE
    | DATELINE_PARA ( gap paragraphLine )* gap markedLine
    | headLines ( gap paragraphLine )* gap markedLine
    | ( paragraphLine gap )* TAGGED_MARKED_LINE
    ;

// 2.3.1 The head: at most two lead paragraphs (a deck), then a dateline or byline on a line of
//       its own that names the agency, or a byline directly followed by a dateline.
headLines
    : ( deckLine gap ( deckLine gap )? )? headMarks
    ;

headMarks
    : DATELINE_LINE
    | BYLINE_AGENCY_LINE
    | BYLINE_LINE gap DATELINE_LINE
    ;

// A deck line before the head: a paragraph line that is not itself a dateline or byline line
// (the first of those within the first three body lines is the head), nor a place line or place
// paragraph: a place opening the body is its place dateline, and a place line after the deck ends
// the search for the head (README.md 2.3), so a byline after either is a plain paragraph.
deckLine
    : TEXT_LINE
    | TAGGED_LINE
    | STAMP_LINE
    | DATELINE_PARA
    | LEAD_LINE
    ;

// 2.3.2 The end of a body that names its agency elsewhere: a sign-off and/or a source line.
bodyEnd
    : gap SIGNOFF_LINE ( gap sourceLine )?
    | gap sourceLine
    ;

// 2.3.3 An end that names the agency: a sign-off (a source line may follow), or a source line
//       naming a known agency.
namingEnd
    : gap SIGNOFF_LINE ( gap sourceLine )?
    | gap SOURCE_AGENCY_LINE
    ;

sourceLine
    : SOURCE_AGENCY_LINE
    | SOURCE_LINE
    ;

// A DATELINE_MARKED_LINE after the first body line is a marked paragraph: its dateline is text there.
markedLine
    : MARKED_LINE
    | TAGGED_MARKED_LINE
    | DATELINE_MARKED_LINE
    ;

paragraphLine
    : TEXT_LINE
    | TAGGED_LINE
    | STAMP_LINE
    | DATELINE_LINE
    | DATELINE_PARA
    | BYLINE_AGENCY_LINE
    | BYLINE_LINE
    | PLACE_LINE
    | PLACE_PARA
    | LEAD_LINE
    | RESIDUE_LINE
    | TAKE_LABEL_LINE
    ;

// 2.4 Optional end marker, optionally followed by a time stamp.
endMarkerPart
    : gap END_MARKER_LINE stampPart?
    ;

stampPart
    : gap STAMP_LINE
    ;

// 2.5 The legal notice (required).
noticePart
    : gap NOTICE_LINE
    ;

// 2.6 Every non-blank line after the notice is one brief.
briefPart
    : gap briefLine
    ;

briefLine
    : paragraphLine
    | SIGNOFF_LINE
    | sourceLine
    | markedLine
    ;

// 2.7 With or without a final line break, and with any number of blank lines.
trailer
    : ( NL blankLine* WS_LINE? )?
    ;

gap
    : NL blankLine*
    ;

blankLine
    : WS_LINE? NL
    ;
