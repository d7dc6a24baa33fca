// Builds the TextMate grammar of the `dispatch` language: what one line can tell about its part of
// a dispatch, before the language server's semantic tokens refine it.
//
// The line patterns follow the lexer rules of grammar/DispatchLexer.g4, in the lexer's priority
// order (notice, end marker, stamp, sign-off, dateline line, dateline paragraph, tagged line, place
// line, place paragraph; a lead line and any other line are text). Character classes and fragments
// (whitespace, digits, dashes, time zones, uppercase letters, acronyms, place words) are translated
// from the lexer, and so are the whole rules that decide what cannot be a headline (tagged, stamp,
// residue, take label, place, place paragraph and lead lines); the lists that grow with real copy
// (agency aliases, notice markers, end-marker words, sign-off words) come from the agency registry
// src/DispatchParser/Dialects/dialects.json. Context a line cannot see is approximated:
//   - the headline is the first line of the document when it is not blank and is a line that can be
//     a headline (not a dateline, place, lead paragraph, sign-off, marker or notice);
//   - every non-blank line after the first notice is a brief;
//   - a tag is coloured at the end of any line, though only the last body line's tag is the agency tag.
import { escapeLiteral, fragmentRegex, readFragments } from './lexer-fragments.mjs';

const SCOPE = 'text.dispatch';
const DATELINE = 'meta.dateline.dispatch';
const PLACE_NAME = 'entity.name.place.dispatch';

/** Alternation of literals, longest first so that a longer alias is never cut short by a prefix. */
function alternation(literals) {
  const unique = [...new Set(literals)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escapeLiteral).join('|')})`;
}

/** The lists the grammar takes from the agency registry. */
export function registryWords(dialects) {
  return {
    aliases: dialects.agencies.flatMap((agency) => agency.aliases),
    noticeMarkers: dialects.noticeMarkers.map((notice) => notice.marker),
    endWords: dialects.endMarkers.filter((marker) => !marker.bare).map((marker) => marker.word),
    bareEndWords: dialects.endMarkers.filter((marker) => marker.bare).map((marker) => marker.word),
    signoffWords: dialects.signoffWords,
  };
}

export function buildGrammar(lexerText, dialects) {
  const fragments = readFragments(lexerText);
  const words = registryWords(dialects);
  const knownAgency = alternation(words.aliases);
  const resolve = (name) => {
    // KNOWN_AGENCY is the registry's list (a test of the core keeps the lexer's copy identical).
    if (name === 'KNOWN_AGENCY') return knownAgency;
    return fragmentRegex(fragments, name, resolve);
  };
  const W = resolve('W');
  const D = resolve('D');
  const DASH = resolve('DASH');
  const ZONE = resolve('ZONE');
  const ACRONYM = resolve('ACRONYM');
  const TAG_NAME = `(?:${knownAgency}|${ACRONYM})`;
  const noticeMarker = alternation(words.noticeMarkers);
  const endWord = alternation(words.endWords);
  const bareEndWord = alternation(words.bareEndWords);
  const signoffWord = alternation(words.signoffWords);
  const PLACE = resolve('PLACE');
  const PLACE_WORD = resolve('PLACE_WORD');
  const NON_W = resolve('NON_W');
  // Whole-line rules, used as look-aheads where priority decides.
  const wholeLine = (name) => `(?:${resolve(name)})$`;
  const TAGGED_LINE = wholeLine('TAGGED_LINE');
  const STAMP_LINE = wholeLine('STAMP_LINE');
  const NOT_A_HEADLINE = `(?:${['RESIDUE_LINE', 'TAKE_LABEL_LINE', 'PLACE_LINE', 'PLACE_PARA', 'LEAD_LINE'].map(wholeLine).join('|')})`;

  const tag = (name) => ({
    1: { name: 'punctuation.definition.tag.begin.dispatch' },
    2: { name },
    3: { name: 'punctuation.definition.tag.end.dispatch' },
  });
  const shift = (captures, by) =>
    Object.fromEntries(Object.entries(captures).map(([key, value]) => [String(Number(key) + by), value]));

  // Dateline prefixes (lexer fragments DATELINE_I and DATELINE_II); groups: place, tag, dash.
  const datelineI = `((?:${PLACE})?)(\\()(${TAG_NAME})(\\))${W}*(${DASH})${W}*`;
  const datelineII = `${W}*(${knownAgency})${W}*(${DASH})${W}*`;
  const datelineICaptures = {
    1: { name: 'entity.name.place.dispatch' },
    ...shift(tag('entity.name.tag.agency.dispatch'), 1),
    5: { name: 'punctuation.separator.dash.dispatch' },
  };
  const datelineIICaptures = {
    1: { name: 'entity.name.tag.agency.dispatch' },
    2: { name: 'punctuation.separator.dash.dispatch' },
  };

  const noticeLine = `^(${W}*)(${noticeMarker})(${W}*)(:)(.*)$`;
  const noticeCaptures = {
    0: { name: 'comment.line.notice.dispatch' },
    2: { name: 'keyword.other.notice-marker.dispatch' },
    4: { name: 'punctuation.separator.notice.dispatch' },
  };

  // The line classes after the notice, in the lexer's priority order (a notice comes before them all).
  const belowNotice = [
    '#end-marker-line', '#stamp-line', '#signoff-line', '#dateline-line', '#dateline-paragraph', '#tagged-line',
    '#place-line', '#place-paragraph',
  ];
  const includes = (names) => names.map((name) => ({ include: name }));

  const repository = {
    headline: {
      comment: 'The first line, unless it is a line that cannot be a headline (the headline is then missing).',
      begin: '\\A(\\x{FEFF})?(?=.*\\S)',
      beginCaptures: { 1: { name: 'meta.byte-order-mark.dispatch' } },
      end: '$',
      patterns: [
        // The classes a headline cannot be (it may be a text, tagged or stamp line) ...
        ...includes(['#notice-and-briefs', '#end-marker-line', '#signoff-line', '#dateline-line', '#dateline-paragraph']),
        // ... else a headline, at the start of the line (after a byte-order mark), unless a place,
        // place paragraph or lead line (ranked below tagged and stamp lines) says it is the story.
        {
          match: `(?:^|(?<=\\A\\x{FEFF}))(?:(?=${TAGGED_LINE}|${STAMP_LINE})|(?!${NOT_A_HEADLINE})).+`,
          name: 'markup.heading.dispatch',
        },
        ...includes(['#place-line', '#place-paragraph']),
      ],
    },
    'notice-and-briefs': {
      comment: 'The legal notice; every non-blank line after it is a brief.',
      begin: noticeLine,
      beginCaptures: noticeCaptures,
      end: '(?!x)x',
      patterns: [{ include: '#brief' }],
    },
    brief: {
      begin: '^(?=.*\\S)',
      end: '$',
      name: 'meta.brief.dispatch',
      patterns: includes(['#notice-line', ...belowNotice]),
    },
    'notice-line': { match: noticeLine, captures: noticeCaptures },
    'end-marker-line': {
      patterns: [
        {
          match: `^${W}*(//${W}*${endWord}${W}*//)(.*)$`,
          captures: {
            1: { name: 'keyword.control.end-marker.dispatch' },
            2: { patterns: [{ match: `${D}${D}?:${D}${D}(?:${W}*${ZONE})?`, name: 'constant.numeric.time.dispatch' }] },
          },
        },
        { match: `^${W}*(${bareEndWord})${W}*$`, captures: { 1: { name: 'keyword.control.end-marker.dispatch' } } },
      ],
    },
    'stamp-line': {
      match: `^${W}*(${D}${D}?:${D}${D}${W}*(?:${ZONE}${W}*)?)$`,
      captures: { 1: { name: 'constant.numeric.time.stamp.dispatch' } },
    },
    'signoff-line': {
      patterns: [
        { match: `^${W}*(${signoffWord})${W}*$`, captures: { 1: { name: 'entity.name.tag.agency.sign-off.dispatch' } } },
        { match: `^${W}*(\\()(${TAG_NAME})(\\))${W}*$`, captures: tag('entity.name.tag.agency.sign-off.dispatch') },
      ],
    },
    'dateline-line': {
      comment: 'A dateline on a line of its own: forms (i) to (iv) of the lexer rule DATELINE_LINE.',
      patterns: [
        { match: `^${datelineI}$`, name: DATELINE, captures: datelineICaptures },
        { match: `^${datelineII}$`, name: DATELINE, captures: datelineIICaptures },
        {
          match: `^.*?(${DASH})${W}*(${knownAgency})${W}*$`,
          name: DATELINE,
          captures: { 1: { name: 'punctuation.separator.dash.dispatch' }, 2: { name: 'entity.name.tag.agency.dispatch' } },
        },
        { match: `^.*?${D}.*${W}(${knownAgency})${W}*$`, name: DATELINE, captures: { 1: { name: 'entity.name.tag.agency.dispatch' } } },
      ],
    },
    'dateline-paragraph': {
      comment: 'A dateline of form (i) or (ii) opening a paragraph (lexer rule DATELINE_PARA).',
      patterns: [
        { match: `^(${datelineI})(?=.)`, captures: { 1: { name: DATELINE }, ...shift(datelineICaptures, 1) } },
        { match: `^(${datelineII})(?=.)`, captures: { 1: { name: DATELINE }, ...shift(datelineIICaptures, 1) } },
      ],
    },
    'place-line': {
      comment: 'A place on its own line, a dateline without an agency (lexer rule PLACE_LINE).',
      patterns: [
        { match: `^${W}*(${PLACE_WORD})${W}*$`, name: DATELINE, captures: { 1: { name: PLACE_NAME } } },
        {
          match: `^${W}*(${PLACE_WORD}(?:${W}+${PLACE_WORD})*)${W}*(${DASH})${W}*$`,
          name: DATELINE,
          captures: { 1: { name: PLACE_NAME }, 2: { name: 'punctuation.separator.dash.dispatch' } },
        },
      ],
    },
    'place-paragraph': {
      comment: 'Place words and a dash, or a bracketed lead-in, opening a paragraph (lexer rule PLACE_PARA); a tagged line ranks first.',
      patterns: [
        {
          match: `^(?!${TAGGED_LINE})(${W}*(${PLACE_WORD}(?:${W}+${PLACE_WORD})*)${W}*(${DASH}))(?=${W}+${NON_W})`,
          captures: { 1: { name: DATELINE }, 2: { name: PLACE_NAME }, 3: { name: 'punctuation.separator.dash.dispatch' } },
        },
        { match: `^(?!${TAGGED_LINE})${W}*(\\[[^\\]]+\\])(?=${W}*${NON_W})`, captures: { 1: { name: DATELINE } } },
      ],
    },
    'tagged-line': {
      comment: 'A line ending with a parenthesised tag name (lexer rule TAGGED_LINE).',
      match: `(\\()(${TAG_NAME})(\\))(?=${W}*$)`,
      captures: tag('entity.name.tag.agency.dispatch'),
    },
  };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Dispatch',
    scopeName: SCOPE,
    comment: 'Generated by scripts/generate-grammar.mjs from grammar/DispatchLexer.g4 and src/DispatchParser/Dialects/dialects.json; do not edit.',
    patterns: includes(['#headline', '#notice-and-briefs', ...belowNotice]),
    repository,
  };
}
