#!/usr/bin/env python3
"""kill -9 at random moments while the command line writes to a database.

Usage: kill-during-writes.py BINARY ROUNDS

Each round copies a database holding the sample trip and kills the program
with SIGKILL at a random moment, once during `import --replace` of a changed
copy of the trip and once during an edit (`check --acknowledge`). Then the
database must pass `PRAGMA integrity_check` and `PRAGMA foreign_key_check`,
and hold exactly the old trip or the new one (compared as exported JSON), and
the finding must be either open or acknowledged. Prints what it saw.
"""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

binary, rounds = sys.argv[1], int(sys.argv[2])
env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)
work = tempfile.mkdtemp(prefix="planner-crash-")
random.seed(20160817)
failures = []


def run(*args, check=True):
    r = subprocess.run([binary, *args], env=env, capture_output=True)
    if check and r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({r.returncode}): {r.stderr.decode()}")
    return r


def sound(db, what):
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        keys = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    if integrity != [("ok",)]:
        failures.append(f"{what}: integrity_check says {integrity}")
    if keys:
        failures.append(f"{what}: foreign_key_check finds {keys[:3]}")


def killed_at_random(args, longest):
    process = subprocess.Popen([binary, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.uniform(0, longest))
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode == -signal.SIGKILL  # False: it had finished


try:
    base = os.path.join(work, "base.sqlite")
    run("init", "--db", base, "--sample")
    trip_id = json.loads(run("list", "trips", "--db", base, "--json").stdout)[0]["id"]
    old = run("export", "json", "--db", base, "--trip", trip_id).stdout

    # The new trip: other titles, a session less.
    document = json.loads(old)
    document["trip"]["title"] += " (revised)"
    document["forums"][0]["sessions"].pop()
    for forum in document["forums"]:
        forum["title"] = "Revised " + forum["title"]
    changed = os.path.join(work, "changed.json")
    with open(changed, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    scratch = os.path.join(work, "scratch.sqlite")
    run("init", "--db", scratch)
    run("import", "--db", scratch, changed)
    new = run("export", "json", "--db", scratch, "--trip", trip_id).stdout
    assert new != old

    finding = next(f for f in json.loads(run("check", "--db", base, "--trip", trip_id, "--json", check=False).stdout)
                   if f["status"] == "open")
    finding_id = finding["fingerprint"][:10]  # as check prints it

    # How long each write takes when left alone: kills fall inside it.
    started = time.monotonic()
    copy = os.path.join(work, "timing.sqlite")
    shutil.copy(base, copy)
    run("import", "--db", copy, "--replace", changed)
    import_time = time.monotonic() - started
    started = time.monotonic()
    run("check", "--db", copy, "--trip", trip_id, "--acknowledge", finding_id, "--reason", "timing", check=False)
    edit_time = time.monotonic() - started

    outcomes = {"old": 0, "new": 0, "finished": 0}
    edits = {"open": 0, "acknowledged": 0, "finished": 0}
    for n in range(rounds):
        db = os.path.join(work, f"round-{n}.sqlite")
        shutil.copy(base, db)
        if not killed_at_random(["import", "--db", db, "--replace", changed], import_time * 1.2):
            outcomes["finished"] += 1
        sound(db, f"round {n}, import")
        now = run("export", "json", "--db", db, "--trip", trip_id, check=False)
        if now.returncode != 0:
            failures.append(f"round {n}: the trip cannot be exported after the kill: {now.stderr.decode()}")
        elif now.stdout == old:
            outcomes["old"] += 1
        elif now.stdout == new:
            outcomes["new"] += 1
        else:
            failures.append(f"round {n}: the trip is neither the old one nor the new one")

        edited = os.path.join(work, f"edit-{n}.sqlite")
        shutil.copy(base, edited)
        if not killed_at_random(["check", "--db", edited, "--trip", trip_id, "--acknowledge", finding_id,
                                 "--reason", f"round {n}"], edit_time * 1.2):
            edits["finished"] += 1
        sound(edited, f"round {n}, edit")
        after = run("check", "--db", edited, "--trip", trip_id, "--json", check=False)
        states = [f["status"] for f in json.loads(after.stdout) if f["fingerprint"] == finding["fingerprint"]]
        if states == ["open"]:
            edits["open"] += 1
        elif states == ["acknowledged"]:
            edits["acknowledged"] += 1
        else:
            failures.append(f"round {n}: the finding is {states} after a killed edit")
        for path in (db, edited):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)

    print(f"{rounds} kills during import --replace (each write takes {import_time:.2f} s): "
          f"old trip {outcomes['old']}, new trip {outcomes['new']} (finished before the kill: {outcomes['finished']})")
    print(f"{rounds} kills during an edit ({edit_time:.2f} s): open {edits['open']}, "
          f"acknowledged {edits['acknowledged']} (finished before the kill: {edits['finished']})")
finally:
    shutil.rmtree(work, ignore_errors=True)

for failure in failures:
    print("FAILED:", failure)
sys.exit(1 if failures else 0)
