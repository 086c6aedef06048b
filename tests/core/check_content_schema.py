#!/usr/bin/env python3
"""media/content.schema.json accepts exactly what the kiosk's loader accepts.

Validates the sample content.json against the schema, then applies a list of changes to a copy of
the sample folder and checks, for each, that the schema and `alzhir-kiosk --check-content` agree:
both accept (exit code 0 or 1) or both reject (exit code 2). The changes touch only the structure,
never the files, so that what a schema cannot see (a missing file) plays no part.

usage: check_content_schema.py KIOSK_BINARY SCHEMA SAMPLE_DIR
"""
import copy
import json
import shutil
import subprocess
import sys
import tempfile

import jsonschema


def set_path(doc, path, value):
    *parents, last = path
    target = doc
    for key in parents:
        target = target[key]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value


DELETE = object()

# (description, [(path, value), ...], should the kiosk accept it?)
CASES = [
    ("unchanged", [], True),
    ("format 2", [(["format"], 2)], False),
    ("format as text", [(["format"], "1")], False),
    ("format 1.5", [(["format"], 1.5)], False),
    ("no format", [(["format"], DELETE)], False),
    ("sample as text", [(["sample"], "yes")], False),
    ("no sample flag", [(["sample"], DELETE)], True),
    ("no title", [(["title"], DELETE)], False),
    ("title as text", [(["title"], "ALZHIR")], False),
    ("title only in Russian", [(["title"], {"ru": "АЛЖИР"})], True),
    ("title blank in every language", [(["title"], {"kk": " ", "ru": "", "en": "\t"})], False),
    ("title text as number", [(["title", "en"], 5)], False),
    ("title in an unknown language too", [(["title", "de"], "ALZHIR")], True),
    ("unknown key", [(["colour"], "red")], True),
    ("$schema key", [(["$schema"], "content.schema.json")], True),
    ("sections not a list", [(["sections"], {})], False),
    ("a section missing", [(["sections"], "DROP_LAST_SECTION")], False),
    ("unknown section id", [(["sections", 0, "id"], "gallery")], False),
    ("section without text", [(["sections", 0, "text"], DELETE)], False),
    ("section text in one language", [(["sections", 0, "text"], {"en": "Text."})], True),
    ("photos null", [(["sections", 0, "photos"], None)], True),
    ("photos not a list", [(["sections", 0, "photos"], "photos/arch-1.jpg")], False),
    ("photo not an object", [(["sections", 0, "photos", 0], "photos/arch-1.jpg")], False),
    ("photo without file", [(["sections", 0, "photos", 0, "file"], DELETE)], False),
    ("photo path with ..", [(["sections", 0, "photos", 0, "file"], "photos/../photos/arch-1.jpg")], False),
    ("photo path absolute", [(["sections", 0, "photos", 0, "file"], "/etc/hostname")], False),
    ("photo path with backslash", [(["sections", 0, "photos", 0, "file"], "photos\\arch-1.jpg")], False),
    ("photo path a URL", [(["sections", 0, "photos", 0, "file"], "https://example.invalid/a.jpg")], False),
    ("photo path a Windows drive", [(["sections", 0, "photos", 0, "file"], "C:/photos/arch-1.jpg")], False),
    ("photo path with ./", [(["sections", 0, "photos", 0, "file"], "./photos/arch-1.jpg")], True),
    ("caption null", [(["sections", 0, "photos", 0, "caption"], None)], True),
    ("caption as text", [(["sections", 0, "photos", 0, "caption"], "Arch")], False),
    ("caption empty object", [(["sections", 0, "photos", 0, "caption"], {})], True),
    ("no testimonies", [(["testimonies"], DELETE)], True),
    ("testimonies not a list", [(["testimonies"], {})], False),
    ("testimony id with capitals", [(["testimonies", 0, "id"], "Sample-Audio")], False),
    ("testimony id with a space", [(["testimonies", 0, "id"], " sample-audio")], False),
    ("testimony without speaker", [(["testimonies", 0, "speaker"], DELETE)], False),
    ("recording language de", [(["testimonies", 0, "language"], "de")], False),
    ("no recording language", [(["testimonies", 0, "language"], DELETE)], False),
    ("no media", [(["testimonies", 0, "media"], DELETE)], False),
    ("poster null", [(["testimonies", 0, "poster"], None)], True),
    ("no poster", [(["testimonies", 0, "poster"], DELETE)], True),
    ("years as number", [(["testimonies", 0, "years"], 1938)], False),
    ("duration not a time", [(["testimonies", 0, "duration"], "long")], False),
    ("duration zero", [(["testimonies", 0, "duration"], "00:00")], False),
    ("duration with hours", [(["testimonies", 0, "duration"], "0:00:29")], True),
    ("no duration", [(["testimonies", 0, "duration"], DELETE)], True),
    ("subtitles not an object", [(["testimonies", 0, "subtitles"], ["x"])], False),
    ("subtitles null", [(["testimonies", 0, "subtitles"], None)], True),
    ("subtitle path a number", [(["testimonies", 0, "subtitles", "kk"], 3)], False),
    ("subtitles in an unknown language", [(["testimonies", 0, "subtitles", "de"], 3)], True),
    ("chapters null", [(["testimonies", 0, "chapters"], None)], True),
    ("chapter start not a time", [(["testimonies", 0, "chapters"], [{"start": "1 min", "title": {"en": "x"}}])], False),
    ("chapter start 75 minutes", [(["testimonies", 0, "chapters"], [{"start": "75:00", "title": {"en": "x"}}]),
                                  (["testimonies", 0, "duration"], DELETE)], True),
    ("chapter without title", [(["testimonies", 0, "chapters"], [{"start": "00:01"}])], False),
    ("names as number", [(["names"], 5)], False),
    ("names null", [(["names"], None)], False),
    ("no names", [(["names"], DELETE)], True),
]


def main():
    kiosk, schema_path, sample = sys.argv[1:4]
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    original = json.load(open(f"{sample}/content.json", encoding="utf-8"))
    failures = []
    sample_errors = [e.message for e in validator.iter_errors(original)]
    if sample_errors:
        failures.append(f"the sample does not validate: {sample_errors[:3]}")
    with tempfile.TemporaryDirectory() as temp:
        folder = f"{temp}/content"
        shutil.copytree(sample, folder)
        for description, changes, accepted in CASES:
            doc = copy.deepcopy(original)
            for path, value in changes:
                if value == "DROP_LAST_SECTION":
                    doc["sections"] = doc["sections"][:-1]
                else:
                    set_path(doc, path, value)
            with open(f"{folder}/content.json", "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            schema_ok = validator.is_valid(doc)
            run = subprocess.run([kiosk, "--check-content", folder], capture_output=True, text=True)
            loader_ok = run.returncode in (0, 1)
            if schema_ok != accepted or loader_ok != accepted:
                failures.append(f"{description}: expected {'accepted' if accepted else 'rejected'}, schema "
                                f"{'accepts' if schema_ok else 'rejects'}, kiosk exit code {run.returncode}\n"
                                f"{run.stdout[-800:]}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(CASES)} cases, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
