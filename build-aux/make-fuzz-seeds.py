#!/usr/bin/env python3
"""Seed corpora of the importer fuzzers (tests/fuzz/corpus/{xml,csv}-import).

    build-aux/make-fuzz-seeds.py FULL.xml

FULL.xml is a full export of a small demo database, e.g.
    tongxin-cli --database d.db demo --people 3
    tongxin-cli --database d.db export FULL.xml
Each XML seed keeps the header and a few records of some kinds (the counts
in the header follow), so the fuzzer starts from files the importer takes
and mutates them from there; the seeds stay small enough for -max_len.
The CSV seeds are written from the rows below, in the encodings and shapes
Excel saves.
"""
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'tests', 'fuzz', 'corpus')
SECTIONS = [('communities', 'community'), ('staff-members', 'staff'), ('people', 'person'),
            ('activities', 'activity'), ('visits', 'visit'), ('consultations', 'consultation'),
            ('suggestions', 'suggestion'), ('pairings', 'pairing')]


def items(src, name):
    m = re.search(r'  <%s>\n(.*?)  </%s>\n' % (name, name), src, re.S)
    body = m.group(1) if m else ''
    return re.findall(r'    <[a-z-]+ .*?\n    </[a-z-]+>\n|    <[a-z-]+ [^\n]*/>\n', body, re.S)


def build(src, keep, tombstones=()):
    head = src[:src.index('  <communities>')]
    parts = []
    for section, kind in SECTIONS:
        kept = items(src, section)[:keep.get(section, 0)]
        head = re.sub(r' %s="\d+"' % kind, ' %s="%d"' % (kind, len(kept)), head)
        parts.append('  <%s>\n%s  </%s>\n' % (section, ''.join(kept), section) if kept
                     else '  <%s/>\n' % section)
    head = re.sub(r' tombstone="\d+"', ' tombstone="%d"' % len(tombstones), head)
    parts.append('  <tombstones>\n%s  </tombstones>\n' % ''.join(tombstones) if tombstones
                 else '  <tombstones/>\n')
    return head + ''.join(parts) + '</tongxin-exchange>\n'


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def xml_seeds(src):
    out = os.path.join(CORPUS, 'xml-import')
    one_each = build(src, {s: 1 for s, _ in SECTIONS})
    seeds = {
        'seed-empty.xml': build(src, {}),
        'seed-one-each.xml': one_each,
        'seed-people.xml': build(src, {'communities': 8, 'staff-members': 2, 'people': 3}),
        'seed-meetings.xml': build(src, {'activities': 2, 'consultations': 1, 'visits': 2}),
        'seed-suggestions.xml': build(src, {'suggestions': 2, 'pairings': 2}),
        'seed-tombstones.xml': build(src, {}, (
            '    <tombstone uuid="595166ca-c363-4ddc-8519-fe945b45a9a0" kind="community"'
            ' time="2026-07-01T00:00:00Z"/>\n',
            '    <tombstone uuid="0b2e1d8e-1111-4222-8333-944455556666" kind="person"'
            ' time="2026-07-01T00:00:00.000Z" merged-into="0b2e1d8e-1111-4222-8333-944455556667"/>\n')),
    }
    for name, text in seeds.items():
        write(os.path.join(out, name), text.encode('utf-8'))
    write(os.path.join(out, 'seed-one-each.xml.gz'), gzip.compress(one_each.encode('utf-8'), mtime=0))


CSV_ROWS = [
    ['姓名', '性别', '民族', '出生日期', '身份证号', '类别', '社区', '电话', '工作单位', '备注'],
    ['张伟', '男', '汉族', '1965-03-12', '440106196503120035', '党外知识分子', '银杏社区', '13800138000', '市一中', ''],
    ['李秀英', '女', '回族', '1948年7月1日', '', '少数民族人士', '红旗社区', '020-12345678', '', '"有病"'],
    ['马建国', '', '', '', '44010619500101001X', '宗教界人士', '', '', '清真寺', ''],
]


def csv_text(rows, sep=','):
    def cell(c):
        return '"%s"' % c.replace('"', '""') if any(x in c for x in ',"\n\t') else c
    return '\r\n'.join(sep.join(cell(c) for c in row) for row in rows) + '\r\n'


def csv_seeds():
    out = os.path.join(CORPUS, 'csv-import')
    plain = csv_text(CSV_ROWS)
    title = '东关街道统战对象花名册,,,\r\n填表日期：2026年6月,,,\r\n' + plain + '合计,3人,,\r\n'
    seeds = {
        'seed-utf8.csv': plain.encode('utf-8'),
        'seed-utf8-bom.csv': b'\xef\xbb\xbf' + plain.encode('utf-8'),
        'seed-gb18030.csv': plain.encode('gb18030'),
        'seed-utf16-tabs.txt': '\ufeff'.encode('utf-16-le') + csv_text(CSV_ROWS, '\t').encode('utf-16-le'),
        'seed-title-rows.csv': title.encode('gb18030'),
        'seed-quoted-newline.csv': ('姓名,备注\r\n"王""小""明","第一行\r\n第二行"\r\n赵六,\r\n').encode('utf-8'),
        'seed-no-header.csv': b'a,b,c\n1,2,3\n',
    }
    for name, data in seeds.items():
        write(os.path.join(out, name), data)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    xml_seeds(open(sys.argv[1], encoding='utf-8').read())
    csv_seeds()
