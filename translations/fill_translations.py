#!/usr/bin/env python3
"""Fills translations into the .ts files from a small table, for messages lupdate just added.

Usage: translations/fill_translations.py TABLE.tsv
TABLE.tsv has one message per line: context<TAB>source<TAB>Kazakh<TAB>Russian
(English takes the source text). Only messages that are still unfinished are filled, so a
reviewer's edits in Qt Linguist are never overwritten. Run lupdate first
(`cmake --build <dir> --target update_translations`).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_table(path):
    table = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            sys.exit(f"{path}:{number}: expected 4 tab-separated columns, found {len(parts)}")
        context, source, kk, ru = (p.replace("\\n", "\n") for p in parts)
        table[(context, source)] = {"kk": kk, "ru": ru}
    return table


def fill(code, table):
    path = HERE / f"alzhir_{code}.ts"
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            if code == "en":
                text = source
            elif (name, source) in table:
                text = table[(name, source)][code]
            else:
                continue
            translation.text = text
            del translation.attrib["type"]
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    table = load_table(sys.argv[1])
    for code in ("kk", "ru", "en"):
        print(f"alzhir_{code}.ts: {fill(code, table)} messages filled")


if __name__ == "__main__":
    main()
