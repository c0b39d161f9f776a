#!/usr/bin/env python3
# gen-hanzi-table.py — write src/core/tx-hanzi-table.c from Unihan
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads Debian's unicode-data copies of Unihan (kMandarin from
# Unihan_Readings.txt.bz2, kTotalStrokes from Unihan_IRGSources.txt.bz2) and
# writes a sorted table for the CJK Unified Ideographs block (U+4E00–U+9FFF)
# and Extension A (U+3400–U+4DBF).  The output is committed, so building the
# app does not need unicode-data; rerun this script when Unihan is updated:
#
#   build-aux/gen-hanzi-table.py [UNIHAN_DIR] > src/core/tx-hanzi-table.c
#
# Only the standard library is used (no pip packages on build machines).

import bz2
import os
import re
import sys
import unicodedata

RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))

# Combining marks that carry the tone in kMandarin ("céng" is NFD "ce\u0301ng").
TONE_MARKS = {'\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4}
UMLAUT = '\u0308'

LINE_RE = re.compile(r'^U\+([0-9A-F]{4,6})\t(kMandarin|kTotalStrokes)\t(.+)$')
VERSION_RE = re.compile(r'^# Unicode version: (\S+)')
DATE_RE = re.compile(r'^# Date: (.+)$')

# Readings and strokes share one 16-bit field each; keep in step with
# tx-hanzi-table.h.
TONE_BITS = 3
MAX_SYLLABLES = (1 << (16 - TONE_BITS)) - 1


def in_ranges(cp):
    return any(lo <= cp <= hi for lo, hi in RANGES)


def split_reading(reading):
    """'céng' -> ('ceng', 2); 'lǜ' -> ('lv', 4); 'me' -> ('me', 5).

    ü is written v, as every pinyin input method does, so a user can type
    it and 'lu' < 'lv' keeps the dictionary order lu < lü.  ê (欸) becomes e.
    """
    tone = 5
    out = []
    for ch in unicodedata.normalize('NFD', reading):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == UMLAUT:
            if out and out[-1] == 'u':
                out[-1] = 'v'
        elif unicodedata.combining(ch):
            continue    # the circumflex of ê
        else:
            out.append(ch.lower())
    syllable = ''.join(out)
    if not re.fullmatch(r'[a-z]+', syllable):
        raise ValueError('unexpected kMandarin reading %r' % reading)
    return syllable, tone


def read_fields(path, field, parse):
    values = {}
    version = date = None
    with bz2.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                m = VERSION_RE.match(line)
                if m:
                    version = m.group(1)
                m = DATE_RE.match(line)
                if m:
                    date = m.group(1).strip()
                continue
            m = LINE_RE.match(line.rstrip('\n'))
            if not m or m.group(2) != field:
                continue
            cp = int(m.group(1), 16)
            if in_ranges(cp):
                # The first value is the mainland (zh-Hans) one.
                values[cp] = parse(m.group(3).split()[0])
    if version is None:
        raise ValueError('%s: no "Unicode version" header' % path)
    return values, version, date


def emit(out, readings, strokes, version, date):
    codepoints = sorted(set(readings) | set(strokes))
    syllables = [''] + sorted({s for s, _ in readings.values()})
    if len(syllables) > MAX_SYLLABLES:
        raise ValueError('too many syllables for the packed field')
    if max(strokes.values()) > 255:
        raise ValueError('stroke count does not fit in 8 bits')
    index = {s: i for i, s in enumerate(syllables)}

    w = out.write
    w('/* tx-hanzi-table.c — pinyin and stroke counts of CJK ideographs\n')
    w(' *\n')
    w(' * GENERATED FILE, do not edit: written by build-aux/gen-hanzi-table.py\n')
    w(' * from Unihan %s (dated %s):\n' % (version, date))
    w(' * kMandarin (first value) of Unihan_Readings.txt and kTotalStrokes\n')
    w(' * (first value) of Unihan_IRGSources.txt, for U+3400–U+4DBF and\n')
    w(' * U+4E00–U+9FFF.\n')
    w(' *\n')
    w(' * The data is from the Unicode Character Database, © Unicode, Inc.,\n')
    w(' * distributed under the Unicode License (Unicode-DFS-2016,\n')
    w(' * https://www.unicode.org/license.txt).\n')
    w(' *\n')
    w(' * %d entries, %d syllables.\n' % (len(codepoints), len(syllables) - 1))
    w(' */\n\n')
    w('#include "tx-hanzi-table.h"\n\n')
    w('const char * const _tx_hanzi_syllables[] = {\n')
    line = ' '
    for s in syllables:
        item = ' "%s",' % s
        if len(line) + len(item) > 78:
            w(line + '\n')
            line = ' '
        line += item
    w(line + '\n};\n\n')
    w('const guint _tx_hanzi_n_syllables = %d;\n\n' % len(syllables))

    # {code point, syllable << 3 | tone, strokes}; 0 means unknown.
    w('const TxHanziEntry _tx_hanzi_table[] = {\n')
    line = ''
    for cp in codepoints:
        syl, tone = readings.get(cp, ('', 0))
        packed = index[syl] << TONE_BITS | tone
        item = '{%d,%d,%d},' % (cp, packed, strokes.get(cp, 0))
        if len(line) + len(item) > 79:
            w(line + '\n')
            line = ''
        line += item
    w(line + '\n};\n\n')
    w('const guint _tx_hanzi_table_len = %d;\n' % len(codepoints))


def main():
    unihan = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode'
    readings, version, date = read_fields(
        os.path.join(unihan, 'Unihan_Readings.txt.bz2'), 'kMandarin',
        split_reading)
    strokes, sversion, _ = read_fields(
        os.path.join(unihan, 'Unihan_IRGSources.txt.bz2'), 'kTotalStrokes',
        int)
    if sversion != version:
        raise ValueError('Unihan files of different versions: %s and %s'
                         % (version, sversion))
    emit(sys.stdout, readings, strokes, version, date)


if __name__ == '__main__':
    main()
