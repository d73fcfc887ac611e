#!/usr/bin/env python3
"""Every string a person can see has a Korean translation that keeps its
placeholders and its access key.

usage: check-translations.py LUPDATE SOURCES_FILE INCLUDE_DIR KO_TS EN_TS

lupdate runs over the sources into a copy of the Korean .ts (the one in
translations/ is left as it is): a string added to the code without a
translation shows as "unfinished", one whose .ts entry is missing as new.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, sources_file, include_dir, ko_ts, en_ts = sys.argv[1:6]
sources = [s for s in open(sources_file, encoding="utf-8").read().split(";") if s.strip()]
problems = []

with tempfile.TemporaryDirectory() as tmp:
    for ts, options in ((ko_ts, []), (en_ts, ["-pluralonly"])):
        copy = f"{tmp}/check.ts"
        shutil.copy(ts, copy)
        run = subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", "-I", include_dir, *options, *sources, "-ts", copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed: {run.stderr}")
        root = ET.parse(copy).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                where = f"{ts.rsplit('/', 1)[-1]}: {name}: {source!r}"
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    problems.append(f"{where}: no translation")
                    continue
                texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                wanted = sorted(set(re.findall(r"%L?[0-9n]", source)))
                for text in texts:
                    if not text.strip():
                        problems.append(f"{where}: empty translation")
                    elif sorted(set(re.findall(r"%L?[0-9n]", text))) != wanted:
                        problems.append(f"{where}: placeholders {wanted} but {text!r}")
                    elif re.search(r"&[^&\s]", source.replace("&&", "")) and not re.search(
                            r"&[^&\s]", text.replace("&&", "")):
                        problems.append(f"{where}: the access key is lost in {text!r}")
                    elif ts == ko_ts and re.search(r"[가-힣]", text) is None and re.search(r"[A-Za-z]{4,}", source) \
                            and text == source and message.get("numerus") != "yes":
                        # Copied English is allowed only for technical tokens.
                        if re.search(r"[a-z]{3,} [a-z]{3,}", source):
                            problems.append(f"{where}: left in English")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s) in the translations")
sys.exit(1 if problems else 0)
