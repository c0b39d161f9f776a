#!/usr/bin/env python3
# gen-hanzi-table.py — write src/core/text/tx-hanzi-table.c from Unihan and Rime
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads Debian's unicode-data copies of Unihan (kMandarin from
# Unihan_Readings.txt.bz2, kTotalStrokes from Unihan_IRGSources.txt.bz2) and
# the stroke sequences of Debian's rime-data-stroke (stroke.dict.yaml, LGPL-3,
# from CNS 11643 and the older mainland table of the Rime stroke input
# method), and writes a sorted table for the CJK Unified Ideographs block
# (U+4E00–U+9FFF) and Extension A (U+3400–U+4DBF).  The output is committed,
# so building the app needs neither package; rerun this script when they are
# updated:
#
#   apt-get install unicode-data rime-data-stroke
#   build-aux/gen-hanzi-table.py [UNIHAN_DIR [RIME_DIR]] > src/core/text/tx-hanzi-table.c
#
# Stroke sequences follow the mainland rule (GB 13000.1 字符集汉字笔顺规范 and
# 折笔规范): five categories in the order 横 竖 撇 点 折, written 1–5; 提 counts
# as 横, 捺 as 点, every hook and turn (竖钩 亅 included) as 折.  How the two
# Rime sections are combined into one mainland sequence is said at
# mainland_sequence() below; OVERRIDES corrects what that still gets wrong.
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


# Rime writes the five categories as letters, in the mainland order.
STROKE_DIGITS = str.maketrans('hspnz', '12345')
RIME_CNS_END = '#The following entries'

# Sequences checked by hand against the mainland 笔顺规范 where the rule in
# mainland_sequence() gives a wrong answer.  Letters as in Rime: h s p n z.
# Checked (and right without an entry here): 丁 h z, 于 h h z, 万 h z p,
# 马 z z h, 王 h h s h, 方 n h z p, 北 s h h p z, 比 h z p z, 阿 z s h s z h z,
# 陈 z s h z z p n, 郭 n h s z h z z h z s, 扳 h z h p p z n.
OVERRIDES = {
    '再': 'hszhsh',  # 横 竖 横折钩 横 竖 横 (the older table: h s z s h h)
}


def read_rime(path):
    """Two dicts, char -> [sequence]: the CNS 11643 section (Taiwan glyphs,
    hooks as 折) and the older table kept 'for mainland glyphs' (hooks such
    as 竖钩 often typed as 竖)."""
    cns, mainland = {}, {}
    section = cns
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith(RIME_CNS_END):
                section = mainland
            cells = line.rstrip('\n').split('\t')
            if (len(cells) >= 2 and len(cells[0]) == 1
                    and re.fullmatch('[hspnz]+', cells[1])):
                section.setdefault(ord(cells[0]), []).append(cells[1])
    return cns, mainland


def fix_hooks(seq, hooked, from_end):
    """Where @seq says 竖 (s) and the CNS sequence @hooked says 折 (z) at the
    same place, counted from the start (or the end), the stroke is a hook:
    take 折.  Walk only while the two agree otherwise, so a different glyph
    part (阝 is three strokes in Taiwan, two on the mainland) stops it, and
    only where the next stroke agrees too: a 竖 just before the walk stops
    may belong to the part that differs (the 阝 of 郭)."""
    a = seq[::-1] if from_end else seq
    b = hooked[::-1] if from_end else hooked
    out = list(a)
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] == 's' and b[i] == 'z':
            if i + 1 < n and a[i + 1] == b[i + 1]:
                out[i] = 'z'
        elif a[i] != b[i]:
            break
    fixed = ''.join(out)
    return fixed[::-1] if from_end else fixed


def mainland_sequence(cp, count, cns, mainland):
    """The mainland sequence of one character.  The CNS section spells hooks
    as 折 like the mainland rule but follows Taiwan glyphs (万 h p z); the
    older section follows mainland glyphs but often types 竖钩 as 竖 (丁 h s).
    Sequences whose length is not the mainland stroke count are a different
    glyph.  So: a mainland-section sequence of the right length, its hooks
    taken from a CNS sequence wherever the two otherwise agree; else the CNS
    sequence of the right length; else nothing (the count alone orders)."""
    if chr(cp) in OVERRIDES:
        return OVERRIDES[chr(cp)]
    good_cns = [s for s in cns.get(cp, []) if len(s) == count]
    good_main = [s for s in mainland.get(cp, []) if len(s) == count]
    if good_main:
        seq = good_main[0]
        for hooked in cns.get(cp, []):
            seq = fix_hooks(fix_hooks(seq, hooked, False), hooked, True)
        return seq
    if good_cns:
        return good_cns[0]
    return ''


def stroke_sequences(rime_dir, strokes):
    cns, mainland = read_rime(os.path.join(rime_dir, 'stroke.dict.yaml'))
    seqs = {}
    for cp, count in strokes.items():
        seq = mainland_sequence(cp, count, cns, mainland)
        if seq:
            seqs[cp] = seq.translate(STROKE_DIGITS)
    return seqs


def emit(out, readings, strokes, seqs, version, date):
    codepoints = sorted(set(readings) | set(strokes))
    syllables = [''] + sorted({s for s, _ in readings.values()})
    if len(syllables) > MAX_SYLLABLES:
        raise ValueError('too many syllables for the packed field')
    if max(strokes.values()) > 255:
        raise ValueError('stroke count does not fit in 8 bits')
    index = {s: i for i, s in enumerate(syllables)}

    w = out.write
    w('/* tx-hanzi-table.c — pinyin, stroke counts and stroke sequences of CJK\n')
    w(' * ideographs\n')
    w(' *\n')
    w(' * GENERATED FILE, do not edit: written by build-aux/gen-hanzi-table.py\n')
    w(' * from Unihan %s (dated %s):\n' % (version, date))
    w(' * kMandarin (first value) of Unihan_Readings.txt and kTotalStrokes\n')
    w(' * (first value) of Unihan_IRGSources.txt, for U+3400–U+4DBF and\n')
    w(' * U+4E00–U+9FFF; stroke sequences (mainland 横竖撇点折 = 1–5) from\n')
    w(' * Debian\'s rime-data-stroke, stroke.dict.yaml (Rime stroke table, from\n')
    w(' * CNS 11643 and a mainland table, LGPL-3), combined and corrected as\n')
    w(' * the generator explains.\n')
    w(' *\n')
    w(' * The data is from the Unicode Character Database, © Unicode, Inc.,\n')
    w(' * distributed under the Unicode License (Unicode-DFS-2016,\n')
    w(' * https://www.unicode.org/license.txt).\n')
    w(' *\n')
    w(' * The stroke sequences are derived from the Rime stroke table, © GONG\n')
    w(' * Chen, Kunki Chiu, 雪齋, 四季的風, under the LGPL-3 (distributed here\n')
    w(' * under the GPL-3.0-or-later, as the LGPL-3 allows).\n')
    w(' *\n')
    w(' * %d entries, %d syllables, %d stroke sequences.\n'
      % (len(codepoints), len(syllables) - 1, len(seqs)))
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

    # The sequences, concatenated: each entry points at its own.
    offsets = {}
    pool = []
    total = 0
    for cp in codepoints:
        if cp in seqs:
            offsets[cp] = total
            pool.append(seqs[cp])
            total += len(seqs[cp])
    w('const char _tx_hanzi_stroke_pool[] =\n')
    text = ''.join(pool)
    for i in range(0, len(text), 72):
        w('  "%s"\n' % text[i:i + 72])
    w(';\n\n')

    # {code point, syllable << 3 | tone, strokes, sequence length, offset};
    # 0 means unknown.
    w('const TxHanziEntry _tx_hanzi_table[] = {\n')
    line = ''
    for cp in codepoints:
        syl, tone = readings.get(cp, ('', 0))
        packed = index[syl] << TONE_BITS | tone
        seq = seqs.get(cp, '')
        item = '{%d,%d,%d,%d,%d},' % (cp, packed, strokes.get(cp, 0),
                                      len(seq), offsets.get(cp, 0))
        if len(line) + len(item) > 79:
            w(line + '\n')
            line = ''
        line += item
    w(line + '\n};\n\n')
    w('const guint _tx_hanzi_table_len = %d;\n' % len(codepoints))


def main():
    unihan = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode'
    rime = sys.argv[2] if len(sys.argv) > 2 else '/usr/share/rime-data'
    readings, version, date = read_fields(
        os.path.join(unihan, 'Unihan_Readings.txt.bz2'), 'kMandarin',
        split_reading)
    strokes, sversion, _ = read_fields(
        os.path.join(unihan, 'Unihan_IRGSources.txt.bz2'), 'kTotalStrokes',
        int)
    if sversion != version:
        raise ValueError('Unihan files of different versions: %s and %s'
                         % (version, sversion))
    seqs = stroke_sequences(rime, strokes)
    emit(sys.stdout, readings, strokes, seqs, version, date)


if __name__ == '__main__':
    main()
