// DispatchLexer.g4 — lexer grammar of the wire-dispatch format.
//
// NORMATIVE. This grammar, together with DispatchParser.g4, is the formal definition of the
// format; grammar/README.md is the same specification in prose (sections 1 and 2) and says how
// parts are lowered (section 4). Keep all three in agreement.
//
// Target-independent: no actions, no semantic predicates, no target code, no modes.
//
// Input: the text after the layout pre-pass (README.md section 1.1), which turns the line break of every
// fold into spaces; a "line" below is then a logical line, in either layout.
// Design: every non-blank line becomes ONE whole-line token. All line rules use only
// characters other than CR and LF, so no token crosses a line break, and every line rule can
// match the whole line; ANTLR's longest-match rule therefore makes each token span its whole
// line, and when several line rules match the whole line the one listed first wins (README.md
// section 1, "the first rule below that matches the whole line"). The line rules are listed in
// exactly the priority order of the table in README.md section 1:
//   WS_LINE, NOTICE_LINE, SOURCE_AGENCY_LINE, SOURCE_LINE, END_MARKER_LINE, STAMP_LINE,
//   SIGNOFF_LINE, BYLINE_AGENCY_LINE, BYLINE_LINE, DATELINE_LINE, TAGGED_MARKED_LINE,
//   DATELINE_MARKED_LINE, MARKED_LINE, DATELINE_PARA, TAGGED_LINE, RESIDUE_LINE, TAKE_LABEL_LINE, PLACE_LINE,
//   PLACE_PARA, LEAD_LINE, TEXT_LINE.
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

// A source line that names a known agency: `Kaynak: AA`, `المصدر: واس`, `Source: Reuters.`
SOURCE_AGENCY_LINE : W* SOURCE_MARKER W* ':' W* AGENCY_MENTION W* ( '.' W* )? ;

// Any other source line: `Kaynak: hurriyet.com.tr` names no agency.
SOURCE_LINE : W* SOURCE_MARKER W* ':' ANY* ;

// An end or continuation marker: `// انتهى //`, `// يتبع //` (anything may follow), or `MORE`.
END_MARKER_LINE
    : W* '//' W* ( 'انتهى' | 'يتبع' ) W* '//' ANY*
    | W* 'MORE' W*
    ;

// A time stamp: ` 10:12 ت م `, `20:26 GMT`.
STAMP_LINE : W* STAMP_TIME W* ;

// A sign-off: `Reuter`, `REUTER`, `reuter`, a bare agency name (`AA`, `İHA`), or a tag or a
// credit on a line of its own: `(AA)`, `(dha)`, `(Ayşe Demir / DHA)`; or a tag signed by its
// reporter and place, or its place: `Ayşe DEMİR / İZMİR, (DHA)`, `KARS, (İHA)`; a full stop may follow.
SIGNOFF_LINE
    : W* ( 'Reuter' | 'REUTER' | 'reuter' | KNOWN_AGENCY | TAG_GROUP ) W* ( '.' W* )?
    | W* SIGNATURE W* '(' TAG_NAME ')' W* ( '.' W* )?
    ;

// A byline that names an agency: words in capitals (reporters' names, or a place; several names
// separated by commas, a name and a place by a slash), maybe a comma, maybe a place in title case,
// then the agency: `BARTIN DHA`, `ZEYNEP KARA DHA`, `CAN ARSLAN Kemer DHA`, `AYŞE KARA, ALİ UÇAR
// Kars DHA`, `ŞEYMA ÇAKIR / DİYARBAKIR, DHA`; with a dash, a reporter's name of two words or more:
// `MURAT ÖZTÜRK - DHA` (`ANKARA - DHA` is a dateline).
BYLINE_AGENCY_LINE
    : W* CAPS_WORD ( NAME_SEPARATOR CAPS_WORD )* ( W* ',' )? W+ ( TITLE_WORD W+ )? KNOWN_AGENCY W*
    | W* REPORTER W* DASH W+ ( TITLE_WORD W+ )? KNOWN_AGENCY W*
    ;

// A byline without an agency: `ELİF ŞAHİN Ankara`, or a news desk: `HABER MERKEZİ`.
BYLINE_LINE
    : W* REPORTER W+ TITLE_WORD W*
    | W* BYLINE_DESK W*
    ;

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

// The last paragraph with its tag and an end marker after it: `… (واس) // انتهى //`. Before the
// dateline paragraph: `ANKARA (AA) - … (AA) // انتهى //` is a tagged marked line, whose dateline the
// body's first line still opens with (README.md 2.4).
TAGGED_MARKED_LINE : LEAD? TAG_GROUP W* ( '.' W* )? INLINE_END_MARKER ;

// A dateline of form (i) or (ii), the paragraph and an end marker: `ANKARA (AA) - … // انتهى //`. A dateline
// opens a paragraph, so some of the story (NON_W) stands before the marker; `ANKARA (AA) - // انتهى //` is a
// MARKED_LINE, listed before DATELINE_PARA for that line alone (README.md 2.4).
DATELINE_MARKED_LINE : ( DATELINE_I | DATELINE_II ) NON_W ANY* INLINE_END_MARKER ;

// A paragraph that ends with an end marker: `… خلال الاجتماع. // انتهى //`.
MARKED_LINE : LEAD INLINE_END_MARKER ;

// A dateline of form (i) or (ii) followed by more text: `ANKARA (AA) - Text …`.
DATELINE_PARA : ( DATELINE_I | DATELINE_II ) ANY+ ;

// A line that ends with a tag or a credit, a full stop may follow: `… bilgi verdi. (DHA)`,
// `… açıklandı (AA).`, `… (Ayşe Demir / DHA)`.
TAGGED_LINE : LEAD? TAG_GROUP W* ( '.' W* )? ;

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

fragment STAMP_TIME : D D? ':' D D ( W* ZONE )? ;

// An end marker closing a paragraph's line, optionally with a time: `// انتهى // 20:26 ت م`.
fragment INLINE_END_MARKER : '//' W* END_WORD W* '//' ( W* STAMP_TIME )? W* ;
fragment END_WORD : 'انتهى' | 'يتبع' ;

// A source line's opening, without its colon (registry "sourceMarkers").
fragment SOURCE_MARKER
    : 'Kaynak' | 'KAYNAK'
    | 'المصدر'
    | 'Source' | 'SOURCE'
    | 'Çavkanî' | 'ÇAVKANÎ'
    ;

// A parenthesised tag name, or a credit: a reporter and a known agency separated by a slash.
fragment TAG_GROUP : '(' ( TAG_NAME | CREDIT ) ')' ;
fragment CREDIT
    : CREDIT_NAME W* '/' W* KNOWN_AGENCY
    | KNOWN_AGENCY W* '/' W* CREDIT_NAME
    ;
fragment CREDIT_NAME : CREDIT_CHAR ( CREDIT_CHAR | W )* ;
fragment CREDIT_CHAR : ~[()/\r\n \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000] ;

// A signed sign-off's signature: capitalised words, the last one (the place) in capitals, separated
// by whitespace, a slash or a dash, and a comma: `Ayşe DEMİR / İZMİR,`, `Mert KAYA - Deniz ARSLAN / MUĞLA ,`.
fragment SIGNATURE : ( NAME_WORD SIGNATURE_SEPARATOR )* CAPS_WORD W* ',' ;
fragment NAME_WORD : UPPER ( UPPER | LOWER )+ ;
fragment SIGNATURE_SEPARATOR : W+ | W* ( '/' | DASH ) W* ;

// A reporter's name in capitals: two or more capitalised words (`ZEYNEP KARA`).
fragment REPORTER : CAPS_WORD ( W+ CAPS_WORD )+ ;
fragment NAME_SEPARATOR : W+ | W* ',' W* | W* '/' W* ;
fragment CAPS_WORD : UPPER UPPER+ ;

// A place in title case: `Kemer`, `İstanbul`.
fragment TITLE_WORD : UPPER LOWER+ ;
fragment LOWER : [a-zçğıöşüâîû] ;

// Bylines that name a news desk (registry "bylineDesks").
fragment BYLINE_DESK : 'HABER MERKEZİ' | 'Haber Merkezi' | 'DIŞ HABERLER SERVİSİ' | 'NEWS DESK' ;

// What a source line may name: a known agency's alias or its full name.
fragment AGENCY_MENTION : KNOWN_AGENCY | AGENCY_FULL_NAME ;

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
    | 'AA' | 'A.A' | 'الأناضول' | 'aa'
    | 'Reuters' | 'Reuter' | 'REUTERS' | 'REUTER' | 'reuter' | 'رويترز'
    | 'AFP' | 'أ ف ب' | 'أ.ف.ب' | 'الفرنسية' | 'afp'
    | 'AP' | 'أ ب'
    | 'dpa' | 'DPA' | 'د ب أ'
    | 'SPA' | 'واس'
    | 'DHA' | 'dha'
    | 'İHA' | 'IHA' | 'iha'
    | 'CİHAN' | 'CIHAN' | 'cihan'
    | 'ANKA' | 'anka'
    | 'KUNA' | 'كونا'
    | 'WAM' | 'وام'
    | 'QNA' | 'قنا'
    | 'SANA' | 'سانا'
    | 'MENA' | 'أ ش أ'
    | 'Xinhua' | 'شينخوا'
    ;

// Every "names" entry of every agency in the registry, exactly (a test keeps the two identical).
fragment AGENCY_FULL_NAME
    : 'İlke Haber Ajansı' | 'Ajansa Nûçeyan a Îlke' | 'وكالة إيلكا'
    | 'Anadolu Ajansı' | 'Anadolu Agency' | 'وكالة الأناضول'
    | 'Thomson Reuters' | 'وكالة رويترز'
    | 'Agence France-Presse' | 'Fransız Haber Ajansı' | 'وكالة الصحافة الفرنسية'
    | 'Associated Press' | 'أسوشيتد برس'
    | 'Deutsche Presse-Agentur' | 'الوكالة الألمانية'
    | 'Saudi Press Agency' | 'وكالة الأنباء السعودية'
    | 'Demirören Haber Ajansı' | 'Doğan Haber Ajansı'
    | 'İhlas Haber Ajansı'
    | 'Cihan Haber Ajansı'
    | 'ANKA Haber Ajansı'
    | 'Kuwait News Agency' | 'وكالة الأنباء الكويتية'
    | 'Emirates News Agency' | 'وكالة أنباء الإمارات'
    | 'Qatar News Agency' | 'وكالة الأنباء القطرية'
    | 'Syrian Arab News Agency'
    | 'Middle East News Agency' | 'وكالة أنباء الشرق الأوسط'
    | 'Xinhua News Agency'
    ;
