#!/usr/bin/env python3
"""gen_sample.py - turn the shared sample corpus (.eml + truth.jsonl) into
sample.jsonl: per message, the decoded Subject and text/plain parts as one
text, with the truth "phi" values and "decoys". The unit test checks that
each value is found with its type and each decoy is left alone.

Usage: gen_sample.py [DIR]  (default /work/shared/corpus-sample)
"""
import email
import json
import os
import sys
from email import policy

src = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus-sample"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample.jsonl")
with open(os.path.join(src, "truth.jsonl"), encoding="utf-8") as tf, \
        open(out, "w", encoding="utf-8") as of:
    for line in tf:
        truth = json.loads(line)
        with open(os.path.join(src, truth["file"]), "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        texts = [str(msg["subject"] or "")]
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                texts.append(part.get_content())
        of.write(json.dumps({"file": truth["file"], "text": "\n".join(texts),
                             "phi": truth["phi"], "decoys": truth["decoys"]},
                            ensure_ascii=False) + "\n")
