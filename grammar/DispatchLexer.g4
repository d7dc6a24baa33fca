// DispatchLexer.g4 — lexer grammar of the wire-dispatch format.
//
// NORMATIVE. This grammar, together with DispatchParser.g4, is the formal definition of the
// format; grammar/README.md is the same specification in prose (sections 1 and 2) and says how
// parts are lowered (section 4). Keep all three in agreement.
//
// Target-independent: no actions, no semantic predicates, no target code, no modes.
//
// Design: every non-blank line becomes ONE whole-line token. All line rules use only
// characters other than CR and LF, so no token crosses a line break, and every line rule can
// match the whole line; ANTLR's longest-match rule therefore makes each token span its whole
// line, and when several line rules match the whole line the one listed first wins (README.md
// section 1, "the first rule below that matches the whole line"). The line rules are listed in
// exactly the priority order of the table in README.md section 1:
//   WS_LINE, NOTICE_LINE, END_MARKER_LINE, STAMP_LINE, SIGNOFF_LINE, DATELINE_LINE,
//   DATELINE_PARA, TAGGED_LINE, RESIDUE_LINE, TAKE_LABEL_LINE, PLACE_LINE, PLACE_PARA, LEAD_LINE,
//   TEXT_LINE.
// PLACE_LINE, PLACE_PARA and LEAD_LINE are the lines that cannot be a headline (README.md
// section 2.1): the parser grammar leaves them out of `headline`, so no predicate is needed.
// No line rule may start with U+FEFF, so a line that starts with U+FEFF is lexed as BOM
// followed by the rest of the line. (A pattern "W* any* X" of the table is written here as
// "LEAD? X", where LEAD is a non-empty run that does not start with U+FEFF; W is a subset of
// "any", so the two describe the same lines, less those that start with U+FEFF.)

lexer grammar DispatchLexer;

// ---------------------------------------------------------------------------------------------
// Structure

BOM : '\uFEFF' ;

NL : '\r\n' | '\r' | '\n' ;

// ---------------------------------------------------------------------------------------------
// Whole-line tokens, in priority order (README.md section 1)

// A blank line that holds only whitespace. (An empty line has no content token.)
WS_LINE : W+ ;

// A legal notice: the line starts with a notice marker.
NOTICE_LINE : W* NOTICE_MARKER ANY* ;

// An end or continuation marker: `// انتهى //`, `// يتبع //` (anything may follow), or `MORE`.
END_MARKER_LINE
    : W* '//' W* ( 'انتهى' | 'يتبع' ) W* '//' ANY*
    | W* 'MORE' W*
    ;

// A time stamp: ` 10:12 ت م `, `20:26 GMT`.
STAMP_LINE : W* D D? ':' D D W* ( ZONE W* )? ;

// A sign-off: `Reuter`, `REUTER`, `reuter`, or a tag on a line of its own: `(AA)`.
SIGNOFF_LINE : W* ( 'Reuter' | 'REUTER' | 'reuter' | '(' TAG_NAME ')' ) W* ;

// A dateline on a line of its own:
//   (i)   W* PLACE '(' TAG_NAME ')' W* DASH W*
//   (ii)  W* AGENCY W* DASH W*
//   (iii) W* any* DASH W* AGENCY W*
//   (iv)  W* any* D any* W AGENCY W*
DATELINE_LINE
    : DATELINE_I
    | DATELINE_II
    | LEAD? DASH W* KNOWN_AGENCY W*
    | LEAD? D ANY* W KNOWN_AGENCY W*
    ;

// A dateline of form (i) or (ii) followed by more text: `ANKARA (AA) - Text …`.
DATELINE_PARA : ( DATELINE_I | DATELINE_II ) ANY+ ;

// A line that ends with a parenthesised tag name: `… bilgi verdi. (DHA)`.
TAGGED_LINE : LEAD? '(' TAG_NAME ')' W* ;

// Scraper residue on a line of its own: `Next Previous`, a share bar (README.md section 2.3, lead-ins).
RESIDUE_LINE : W* RESIDUE_PHRASE W* ;

// A take label of a continued wire item: `إضافة أولى`, `إضافة خامسة وأخيرة`.
TAKE_LABEL_LINE : W* TAKE_LABEL_WORD ( W+ TAKE_ORDINAL )+ W* ;

// A place on its own line: one place word alone, or place words followed by a dash:
// `İSTANBUL`, `ANKARA -`, `RADİKAL-`.
PLACE_LINE
    : W* PLACE_WORD W*
    | W* PLACE_WORD ( W+ PLACE_WORD )* W* DASH W*
    ;

// Place words, a dash, whitespace and the story; or a bracketed lead-in and the story:
// `MADRİD - İkinci ligde …`, `[HaberPortalı-İstanbul] Mesleğinin …`.
PLACE_PARA
    : W* PLACE_WORD ( W+ PLACE_WORD )* W* DASH W+ NON_W ANY*
    | W* '[' ~[\]\r\n]+ ']' W* NON_W ANY*
    ;

// A lead paragraph: a line that ends a sentence — a full stop after a character that is neither
// a full stop nor whitespace, or a colon, either followed by closing quotes — or an indented line
// (its leading whitespace holds a tab or is two or more characters long).
LEAD_LINE
    : LEAD? SENTENCE_CHAR '.' CLOSE_QUOTE* W*
    | LEAD? ':' CLOSE_QUOTE* W*
    | INDENT NON_W ANY*
    ;

// Any other non-blank line.
TEXT_LINE : ( W+ NON_W | NON_W_NON_BOM ) ANY* ;

// ---------------------------------------------------------------------------------------------
// Fragments

// Form (i) and (ii) of a dateline, up to and including the whitespace after the dash.
// PLACE is any run (possibly empty) of characters other than parentheses and line breaks;
// the leading W* of the pattern is part of PLACE.
fragment DATELINE_I  : PLACE? '(' TAG_NAME ')' W* DASH W* ;
fragment DATELINE_II : W* KNOWN_AGENCY W* DASH W* ;

fragment PLACE : ~[()\r\n\uFEFF] ~[()\r\n]* ;

// Any non-empty run of characters on one line that does not start with U+FEFF.
fragment LEAD : ~[\r\n\uFEFF] ANY* ;

fragment ANY : ~[\r\n] ;

// Whitespace W (README.md section 1).
fragment W : [ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000] ;
fragment NON_W : ~[ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\r\n] ;
fragment NON_W_NON_BOM : ~[ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\r\n\uFEFF] ;

fragment D : [0-9] ;

// The lead-in words of the dialect registry ("leadIns" in src/DispatchParser/Dialects/dialects.json),
// exactly (a test keeps them identical). GENERIC_SOURCE is the word of a source prefix that names no
// agency; the source prefix itself is split off the first paragraph by lowering (README.md 2.3, 4).
fragment RESIDUE_PHRASE
    : 'شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك'
    | 'شارك من خلال تويتر فيسبوك جوجل'
    | 'Next Previous'
    ;
fragment TAKE_LABEL_WORD : 'إضافة' ;
fragment TAKE_ORDINAL
    : 'أولى' | 'ثانية' | 'ثالثة' | 'رابعة' | 'خامسة' | 'سادسة' | 'سابعة' | 'ثامنة' | 'تاسعة' | 'عاشرة'
    | 'وأخيرة' | 'واخيرة'
    ;
fragment GENERIC_SOURCE : 'وكالات' ;

// A place word: two or more upper-case letters (the acronym letters and Kurmanji Ê).
fragment PLACE_WORD : PLACE_LETTER PLACE_LETTER+ ;
fragment PLACE_LETTER : [A-ZÇĞİÖŞÜÂÎÛÊ] ;

// Any character but a full stop, whitespace, a line break or U+FEFF.
fragment SENTENCE_CHAR : ~[. \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\r\n\uFEFF] ;

fragment CLOSE_QUOTE : '"' | '\'' | '\u2019' | '\u201D' | '\u00BB' ;

fragment INDENT : W* '\t' W* | W W+ ;

fragment DASH : '--' | '-' | '\u2013' | '\u2014' | '_' ;

fragment ZONE : 'ت' W* 'م' | 'ت' W* 'غ' | 'GMT' | 'UTC' ;

fragment NOTICE_MARKER
    : ( 'تنبيه'
      | 'YASAL UYARI'
      | 'Yasal Uyarı'
      | 'HIŞYARÎ'
      | 'Hişyarî'
      | 'LEGAL NOTICE'
      | 'Legal notice'
      ) W* ':'
    ;

// A tag name: a known agency name or an acronym.
fragment TAG_NAME : KNOWN_AGENCY | ACRONYM ;

// An uppercase Latin letter followed by one or more uppercase letters, '.', '&' or '-'.
fragment ACRONYM : UPPER ( UPPER | '.' | '&' | '-' )+ ;
fragment UPPER : [A-ZÇĞİÖŞÜÂÎÛ] ;

// Every "aliases" entry of every agency in src/DispatchParser/Dialects/dialects.json, exactly
// (a test keeps the two identical). One alternative per alias, in the registry's order.
fragment KNOWN_AGENCY
    : 'İLKHA' | 'ÎLKHA' | 'ILKHA' | 'إيلكا'
    | 'AA' | 'A.A' | 'الأناضول'
    | 'Reuters' | 'Reuter' | 'REUTERS' | 'REUTER' | 'reuter' | 'رويترز'
    | 'AFP' | 'أ ف ب' | 'أ.ف.ب' | 'الفرنسية'
    | 'AP' | 'أ ب'
    | 'dpa' | 'DPA' | 'د ب أ'
    | 'SPA' | 'واس'
    | 'DHA'
    | 'İHA' | 'IHA'
    | 'CİHAN' | 'CIHAN'
    | 'ANKA'
    | 'KUNA' | 'كونا'
    | 'WAM' | 'وام'
    | 'QNA' | 'قنا'
    | 'SANA' | 'سانا'
    | 'MENA' | 'أ ش أ'
    | 'Xinhua' | 'شينخوا'
    ;
