#!/usr/bin/env python3
"""Writes a translation for the relanguage test: every message of a Qt Linguist
file translated to its own source between marks, "⟦" + source + "⟧" (each plural
form too), so a test sees at a glance which words followed a language change.
The placeholders (%1, %n) stay as they are. Usage: mark_translation.py IN.ts OUT.ts"""
import sys
import xml.etree.ElementTree as ET

OPEN, CLOSE = "\u27e6", "\u27e7"


def mark(message):
    source = message.findtext("source", default="")
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        for _ in range(2):  # German's singular and plural
            ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
    else:
        translation.text = OPEN + source + CLOSE


def main(source_ts, marked_ts):
    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        mark(message)
    tree.write(marked_ts, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
