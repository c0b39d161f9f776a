#!/usr/bin/env python3
# check-layers.py — the layer rules of HACKING.md, checked on every #include.
#
#   check-layers.py ROOT
#
# ROOT is the project's top folder (the one holding src/).  Every file under
# ROOT/src is read; each #include "…" is resolved the way the compiler does
# for this project (the including file's folder, then ROOT and ROOT/src) and
# #include <…> is checked against the system headers a layer may not use.
# meson also puts the folder of the library's meson.build (src/core, src/app,
# src/cli) on the include path.  Prints each violation as FILE:LINE: message and exits 1 when there is one.

import os
import re
import sys

# (the including files, what they may not include, why); paths relative to src/
RULES = [
    ('core/', ('app/', 'cli/'),
     'the core never includes the app or the command-line tool'),
    ('core/model/', ('core/exchange/', 'core/report/'),
     'the model never includes exchange or report'),
    ('core/db/', ('core/backup/', 'core/exchange/', 'core/report/', 'core/demo/'),
     'the database layer never includes the subsystems built on it'),
    ('app/', ('cli/',), 'the app never includes the command-line tool'),
    ('cli/', ('app/',), 'the command-line tool never includes the app'),
]

# text: nothing of the project outside text
ONLY_OWN_FOLDER = [
    ('core/text/', 'core/text includes nothing of the project outside core/text'),
]

# system headers the GTK-free core may not use
FORBIDDEN_SYSTEM = [
    ('core/', re.compile(r'^(gtk|gdk|gsk)/'), 'the core is GTK-free'),
]

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def resolve(root, including, name):
    """The project file an #include "name" reaches, relative to src/, or None."""
    src = os.path.join(root, 'src')
    library = os.path.join(src, os.path.relpath(including, src).split(os.sep)[0])
    for base in (os.path.dirname(including), root, src, library):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            rel = os.path.relpath(candidate, src)
            return None if rel.startswith('..') else rel.replace(os.sep, '/')
    return None


def violations(root):
    src = os.path.join(root, 'src')
    for folder, _dirs, files in os.walk(src):
        for f in sorted(files):
            if not f.endswith(('.c', '.h')):
                continue
            path = os.path.join(folder, f)
            rel = os.path.relpath(path, src).replace(os.sep, '/')
            with open(path, encoding='utf-8', errors='replace') as fh:
                for number, line in enumerate(fh, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    where = f'src/{rel}:{number}'
                    if m.group(1) == '<':
                        for prefix, pattern, why in FORBIDDEN_SYSTEM:
                            if rel.startswith(prefix) and pattern.match(m.group(2)):
                                yield f'{where}: includes <{m.group(2)}>: {why}'
                        continue
                    target = resolve(root, path, m.group(2))
                    if target is None:
                        continue
                    for prefix, banned, why in RULES:
                        if rel.startswith(prefix) and target.startswith(banned):
                            yield f'{where}: includes {target}: {why}'
                    for prefix, why in ONLY_OWN_FOLDER:
                        if rel.startswith(prefix) and not target.startswith(prefix):
                            yield f'{where}: includes {target}: {why}'


def main():
    if len(sys.argv) != 2:
        print('usage: check-layers.py ROOT', file=sys.stderr)
        return 2
    root = sys.argv[1]
    if not os.path.isdir(os.path.join(root, 'src', 'core')):
        print(f'{root}: no src/core here', file=sys.stderr)
        return 2
    found = list(violations(root))
    for v in found:
        print(v)
    print(f'{len(found)} layer violation(s)' if found else 'no layer violations')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
