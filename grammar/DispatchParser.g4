// DispatchParser.g4 — parser grammar of the wire-dispatch format.
//
// NORMATIVE. This grammar, together with DispatchLexer.g4, is the formal definition of the
// format; grammar/README.md is the same specification in prose (section 2 describes these
// rules; section 4 says which source spans the parts are lowered to). Keep all three in
// agreement.
//
// Target-independent: no actions, no semantic predicates, no target code.
//
// The input is a sequence of whole-line tokens separated by NL (see DispatchLexer.g4).
// Conventions used below:
//   blankLine : an empty or whitespace-only line with its line break;
//   gap       : the line break that ends a content line, plus any blank lines after it.
// The body alternatives of section 2.3 overlap (a body may open with a dateline AND end with a
// tag); a parser may choose any matching alternative — only the verdict (accept or reject) is
// normative, and which lines are parts follows from section 2.3 and section 4, not from the
// alternative chosen.

parser grammar DispatchParser;

options { tokenVocab = DispatchLexer; }

// 2. The document.
dispatch
    : BOM? blankLine* headline separator body endMarkerPart? noticePart briefPart* trailer EOF
    ;

// 2.1 The first non-blank line. PLACE_LINE, PLACE_PARA and LEAD_LINE (like the datelines) are the
//     story's first line, never a headline: a dispatch that opens with one has no headline; so are
//     RESIDUE_LINE and TAKE_LABEL_LINE (lead-ins, README.md 2.3).
headline
    : TEXT_LINE
    | TAGGED_LINE
    | STAMP_LINE
    ;

// 2.2 At least one blank line after the headline.
separator
    : NL blankLine+
    ;

// 2.3 One paragraph per line; the body must name its agency.
body
    : leadIn* ( datelineBody | taggedBody | signedBody )
    ;

// Lead-in lines at the top of the body (README.md 2.3): scraper residue and take labels, before the
// dateline. (Either reading of such a line — lead-in or paragraph — gives the same verdict; the
// lowering takes it as a lead-in when a paragraph line follows it.)
leadIn
    : ( RESIDUE_LINE | TAKE_LABEL_LINE ) gap
    ;

// 1. Dateline: the first body line is a DATELINE_PARA, or a DATELINE_LINE followed by at least
//    one paragraph. (A sign-off may still close the body.)
datelineBody
    : DATELINE_PARA ( gap paragraphLine )* ( gap SIGNOFF_LINE )?
    | DATELINE_LINE ( gap paragraphLine )+ ( gap SIGNOFF_LINE )?
    ;

// 2. Agency tag: the last body line is a TAGGED_LINE.
taggedBody
    : ( paragraphLine gap )* TAGGED_LINE
    ;

// 3. Sign-off: the last body line is a SIGNOFF_LINE after at least one paragraph.
signedBody
    : paragraphLine ( gap paragraphLine )* gap SIGNOFF_LINE
    ;

paragraphLine
    : TEXT_LINE
    | TAGGED_LINE
    | STAMP_LINE
    | DATELINE_LINE
    | DATELINE_PARA
    | PLACE_LINE
    | PLACE_PARA
    | LEAD_LINE
    | RESIDUE_LINE
    | TAKE_LABEL_LINE
    ;

// 2.4 Optional end marker, optionally followed by a time stamp.
endMarkerPart
    : gap END_MARKER_LINE ( gap STAMP_LINE )?
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
