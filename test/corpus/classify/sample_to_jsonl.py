#!/usr/bin/env python3
"""Convert a directory of .eml files with truth.jsonl (the shared corpus
sample) into the classify corpus format, decoding MIME (base64, QP,
charsets) with Python's email package, for evaluation only:
    python3 sample_to_jsonl.py /work/shared/corpus-sample > /tmp/sample.jsonl
    bench_classify --corpus /tmp/sample.jsonl
"""
import email
import json
import os
import sys
from email import policy


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment" and part.get_content_subtype() != "plain":
            continue
        try:
            out.append(part.get_content())
        except (LookupError, UnicodeDecodeError):
            out.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return out


def main():
    d = sys.argv[1]
    for line in open(os.path.join(d, "truth.jsonl"), encoding="utf-8"):
        t = json.loads(line)
        with open(os.path.join(d, t["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        body = "\n\n".join(texts(msg))
        print(json.dumps({"id": t["file"], "lang": t["lang"], "category": t["category"],
                          "urgent": t["urgent"], "subject": str(msg["subject"] or ""),
                          "body": body}, ensure_ascii=False))


if __name__ == "__main__":
    main()
