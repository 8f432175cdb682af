#!/usr/bin/env python3
"""Fuzz the inputs SigEnt Lab reads from disk through its command line.

Mutated config files, session databases and checkpoint files go through `sigent-lab eval`,
`sigent-lab export` and `sigent-lab train` (which reopens a session read-write: the store's
open, migration and reload). Every run must end with exit code 0, or 1 with a message; a signal
(crash, abort), any other exit code, a run without a message or a hang is a finding, saved with
the command that reproduces it.

  tests/fuzz/fuzz_inputs.py --bin build/bin/sigent-lab --count 1000 --jobs 2   # the full run
  tests/fuzz/fuzz_inputs.py --bin build/bin/sigent-lab --count 40          # ctest: fuzz_inputs

The seed (a short point-reach training run: session.sqlite, checkpoints, config.json,
robot.json, final.ckpt) is made once with `sigent-lab train` and reused (--work keeps it).
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time

EXTREMES = [None, -1, 0, 1, 2**31, 2**63 - 1, -2**63, 1e308, -1e308, 1e-300, "x", "", [],
            {}, True, "nan", "NaN", 3.5, 10**30]


def run(cmd, timeout, cwd=None):
    """(status, output): status is the exit code, -signal, or 'hang'."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return "hang", (e.stdout or b"").decode("utf-8", "replace")


def make_seed(binary, work):
    seed = os.path.join(work, "seed")
    if os.path.exists(os.path.join(seed, "final.ckpt")):
        return seed
    shutil.rmtree(seed, ignore_errors=True)
    status, out = run([binary, "train", "--robot", "point-reach", "--steps", "300",
                       "--eval-every", "0", "--eval-episodes", "1", "--seed", "3",
                       "--out", seed], 900)
    if status != 0 or not os.path.exists(os.path.join(seed, "final.ckpt")):
        sys.exit("could not make the seed session:\n" + out)
    return seed


# ---- mutators ---------------------------------------------------------------------------

def flip_bytes(data, rng, start=0):
    data = bytearray(data)
    if len(data) <= start:
        return bytes(data)
    for _ in range(rng.choice([1, 2, 4, 16, 64])):
        i = rng.randrange(start, len(data))
        data[i] = rng.randrange(256) if rng.random() < 0.5 else data[i] ^ (1 << rng.randrange(8))
    return bytes(data)


def truncate(data, rng):
    return data[:rng.randrange(len(data) + 1)]


def mutate_json_value(obj, rng):
    if not isinstance(obj, dict) or not obj or rng.random() < 0.1:
        return rng.choice(EXTREMES + [obj])
    obj = dict(obj)
    key = rng.choice(list(obj))
    r = rng.random()
    if r < 0.15:
        del obj[key]
    elif r < 0.25:
        obj["unknown_" + str(rng.randrange(100))] = rng.choice(EXTREMES)
    elif r < 0.6:
        obj[key] = rng.choice(EXTREMES)
    else:  # near the valid value: off by a little, a sign, a type
        v = obj[key]
        if isinstance(v, bool):
            obj[key] = rng.choice([0, 1, "true", None])
        elif isinstance(v, (int, float)):
            obj[key] = rng.choice([-v, v * 1000, v + 1, v - 1, v / 3, str(v), 0])
        elif isinstance(v, str):
            obj[key] = rng.choice([v.upper(), v + "x", "", v * 50])
        else:
            obj[key] = rng.choice(EXTREMES)
    return obj


def mutate_config(text, rng):
    r = rng.random()
    if r < 0.6:
        try:
            obj = json.loads(text)
        except ValueError:
            obj = {}
        for _ in range(rng.choice([1, 1, 2, 3])):
            obj = mutate_json_value(obj, rng)
        return json.dumps(obj).encode()
    if r < 0.85:
        return flip_bytes(text, rng)
    return truncate(text, rng)


def split_checkpoint(data):
    hlen = struct.unpack_from("<Q", data, 8)[0]
    header = data[16:16 + hlen]
    plen = struct.unpack_from("<Q", data, 16 + hlen)[0]
    payload = data[24 + hlen:24 + hlen + plen]
    return header, payload


def join_checkpoint(header, payload, hlen=None, plen=None):
    body = (b"SGNTCKP1" + struct.pack("<Q", len(header) if hlen is None else hlen) + header +
            struct.pack("<Q", len(payload) if plen is None else plen) + payload)
    return body + hashlib.sha256(body).digest()


def mutate_checkpoint(data, rng):
    """Most mutations keep the checksum valid, so the bytes reach the parsers behind it."""
    header, payload = split_checkpoint(data)
    r = rng.random()
    if r < 0.15:
        return flip_bytes(data, rng), "bytes (checksum broken)"
    if r < 0.25:
        return truncate(data, rng), "truncated"
    if r < 0.5:
        try:
            obj = json.loads(header)
        except ValueError:
            obj = {}
        for _ in range(rng.choice([1, 2])):
            obj = mutate_json_value(obj, rng)
        return join_checkpoint(json.dumps(obj).encode(), payload), "header (checksum fixed)"
    if r < 0.8:
        return join_checkpoint(header, flip_bytes(payload, rng)), "payload (checksum fixed)"
    if r < 0.9:
        return join_checkpoint(header, truncate(payload, rng)), "payload cut (checksum fixed)"
    hlen = rng.choice([0, len(header) + 1, 2**63, 2**64 - 1, len(header) - 1])
    plen = rng.choice([0, len(payload) + 7, 2**63, 2**64 - 24, len(payload) - 1])
    return join_checkpoint(header, payload, hlen, plen), "lengths (checksum fixed)"


SQL_MUTATIONS = [
    "UPDATE transitions SET {blob} = randomblob({n}) WHERE id = {row}",
    "UPDATE transitions SET {blob} = NULL WHERE id = {row}",
    "UPDATE transitions SET {blob} = {value} WHERE id = {row}",
    "UPDATE transitions SET {num} = {value} WHERE id = {row}",
    "UPDATE transitions SET step = {value} WHERE id = {row}",
    "DELETE FROM transitions WHERE id = {row}",
    "UPDATE session SET {dim} = {value}",
    "UPDATE session SET config_json = {text}",
    "UPDATE session SET seeds_json = {text}",
    "UPDATE session SET robot_id = {value}",
    "DELETE FROM session",
    "UPDATE episodes SET steps = {value} WHERE id = (SELECT id FROM episodes ORDER BY random() LIMIT 1)",
    "UPDATE episodes SET kind = {value} WHERE id = (SELECT id FROM episodes ORDER BY random() LIMIT 1)",
    "UPDATE episodes SET label = {value}",
    "UPDATE episodes SET id = {value} WHERE id = (SELECT MAX(id) FROM episodes)",
    "INSERT INTO checkpoints(file, step, checksum, reason, created_ms) VALUES ({path}, {value}, 'ab', '', 1)",
    "UPDATE checkpoints SET file = {path}",
    "UPDATE checkpoints SET step = {value}",
    "UPDATE checkpoints SET checksum = {value}",
    "UPDATE metrics SET q1_mean = {value}",
    "INSERT OR REPLACE INTO metrics(step, q1_mean) VALUES ({value}, {value})",
    "PRAGMA user_version = {version}",
    "DROP TABLE {table}",
    "ALTER TABLE metrics DROP COLUMN {metric}",
    "ALTER TABLE {table} RENAME TO old_{table}",
    "CREATE VIEW IF NOT EXISTS v AS SELECT * FROM episodes; DROP TABLE IF EXISTS events; "
    "CREATE VIEW events AS SELECT 1 AS id, 2 AS time_ms, 'info' AS level, 'x' AS source, "
    "'view' AS message",
    "CREATE TRIGGER t AFTER INSERT ON events BEGIN DELETE FROM transitions; END",
    "UPDATE sqlite_master SET sql = {text} WHERE name = '{table}'",
]


def sql_literal(rng):
    v = rng.choice(EXTREMES)
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return "'" + v + "'"
    return "'" + json.dumps(v) + "'"


def mutate_session(db, rng):
    """Returns a description; changes the database file in place."""
    r = rng.random()
    if r < 0.2:
        with open(db, "rb") as f:
            data = f.read()
        with open(db, "wb") as f:
            f.write(flip_bytes(data, rng, start=100 if rng.random() < 0.8 else 0))
        return "bytes"
    if r < 0.25:
        with open(db, "rb") as f:
            data = f.read()
        with open(db, "wb") as f:
            f.write(truncate(data, rng))
        return "truncated"
    con = sqlite3.connect(db)
    con.execute("PRAGMA writable_schema = ON")
    rows = con.execute("SELECT MIN(id), MAX(id) FROM transitions").fetchone()
    done = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        sql = rng.choice(SQL_MUTATIONS).format(
            blob=rng.choice(["image", "state", "action", "next_image", "next_state"]),
            num=rng.choice(["reward", "terminal", "intervention", "expert", "q", "h_sig", "gate"]),
            dim=rng.choice(["state_dim", "action_dim", "image_size"]),
            n=rng.choice([0, 1, 3, 4, 7, 8, 12, 4096, 100000, 10**7]),
            row=rng.randint(rows[0] or 1, rows[1] or 1),
            value=sql_literal(rng),
            text=rng.choice(["'{'", "'[]'", "'{\"gamma\": \"x\"}'", "'null'", "NULL", "''",
                             "'{\"hidden_dim\": 100000000}'", "'{\"obs_mode\": \"image\"}'",
                             "'{\"replay_capacity\": 10000000}'"]),
            path=rng.choice(["'/etc/passwd'", "'../seed/final.ckpt'", "'checkpoints/../../x'",
                             "''", "NULL", "'checkpoints/missing.ckpt'", "'link.ckpt'"]),
            version=rng.choice([0, 1, 3, -1, 2**31]),
            table=rng.choice(["episodes", "transitions", "metrics", "checkpoints", "events",
                              "session", "schema_history"]),
            metric=rng.choice(["q1_mean", "alpha", "updates_per_second"]))
        try:
            con.executescript(sql)
            done.append(sql)
        except sqlite3.Error as e:
            done.append(sql + " -- refused by sqlite: " + str(e))
    con.commit()
    con.close()
    if rng.random() < 0.1:  # a symbolic link out of the folder, recorded as a checkpoint
        folder = os.path.dirname(db)
        os.symlink("/etc/hostname", os.path.join(folder, "link.ckpt"))
    return " ; ".join(done)


# ---- the campaign -----------------------------------------------------------------------

# The share of each target in the count: configs and checkpoints through eval (and export for
# checkpoints), sessions through export and train's read-write reopen.
PLAN = (["config-eval"] * 25 + ["ckpt-eval"] * 15 + ["ckpt-export"] * 10 +
        ["session-export"] * 30 + ["session-train"] * 20)


def prepare(n, target, seed, work, rng, binary, seed_config, seed_ckpt):
    """Makes input n in its own folder; returns (folder, what was mutated, command)."""
    case = os.path.join(work, "case-%04d" % n)
    shutil.rmtree(case, ignore_errors=True)
    shutil.copytree(seed, case, symlinks=True)
    for junk in ("session.sqlite-wal", "session.sqlite-shm", "session.sqlite.lock"):
        if os.path.exists(os.path.join(case, junk)):
            os.remove(os.path.join(case, junk))
    out = os.path.join(case, "export-out")
    if target == "config-eval":
        with open(os.path.join(case, "config.json"), "wb") as f:
            f.write(mutate_config(seed_config, rng))
        return case, "config.json", [binary, "eval", "--checkpoint",
                                     os.path.join(case, "final.ckpt"), "--episodes", "1"]
    if target.startswith("ckpt"):
        data, what = mutate_checkpoint(seed_ckpt, rng)
        if target == "ckpt-eval":
            with open(os.path.join(case, "final.ckpt"), "wb") as f:
                f.write(data)
            return case, what, [binary, "eval", "--checkpoint", os.path.join(case, "final.ckpt"),
                                "--episodes", "1"]
        # The session's newest checkpoint, recorded with the file's own checksum.
        con = sqlite3.connect(os.path.join(case, "session.sqlite"))
        file = con.execute("SELECT file FROM checkpoints ORDER BY step DESC LIMIT 1").fetchone()[0]
        con.execute("UPDATE checkpoints SET checksum = ? WHERE file = ?", (data[-32:].hex(), file))
        con.commit()
        con.close()
        with open(os.path.join(case, file), "wb") as f:
            f.write(data)
        return case, what, [binary, "export", "--session", case, "--out", out]
    what = mutate_session(os.path.join(case, "session.sqlite"), rng)
    if target == "session-export":
        return case, what, [binary, "export", "--session", case, "--out", out]
    return case, what, [binary, "train", "--robot", "point-reach", "--steps", "1",
                        "--eval-every", "0", "--eval-episodes", "0", "--out", case]


def verdict_of(status, output):
    if status in (0, 1):
        if status == 0:
            return "ok"
        return "clear error" if output.strip() else "error without a message"
    if status == "hang":
        return "hang"
    if isinstance(status, int) and status < 0:
        return "signal %d" % -status
    return "exit code %s" % status


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bin", required=True, help="the sigent-lab binary")
    ap.add_argument("--count", type=int, default=1000, help="inputs to try")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=1, help="runs at once")
    ap.add_argument("--work", help="working folder (kept; default: a temporary one)")
    ap.add_argument("--timeout", type=int, default=120, help="seconds a run may take")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    work = args.work or tempfile.mkdtemp(prefix="sigent-fuzz-")
    os.makedirs(work, exist_ok=True)
    findings_dir = os.path.join(work, "findings")
    os.makedirs(findings_dir, exist_ok=True)
    seed = make_seed(binary, work)
    with open(os.path.join(seed, "config.json"), "rb") as f:
        seed_config = f.read()
    with open(os.path.join(seed, "final.ckpt"), "rb") as f:
        seed_ckpt = f.read()
    plan = list(PLAN)
    random.Random(args.seed).shuffle(plan)
    tally, findings, messages = {}, [], {}
    lock = threading.Lock()
    started = time.time()

    def one(n):
        target = plan[n % len(plan)]
        rng = random.Random("%d-%d" % (args.seed, n))  # input n is the same for any --jobs
        case, what, cmd = prepare(n, target, seed, work, rng, binary, seed_config, seed_ckpt)
        status, output = run(cmd, args.timeout)
        verdict = verdict_of(status, output)
        with lock:
            if verdict == "clear error":
                lines = output.strip().splitlines()
                named = [l for l in lines if l.startswith("sigent-lab ") or "error" in l.lower()]
                line = (named or lines)[-1][:300]
                seen = messages.setdefault(target, [])
                if len(seen) < 8 and line not in seen:
                    seen.append(line)
            tally[(target, verdict)] = tally.get((target, verdict), 0) + 1
            if verdict not in ("ok", "clear error"):
                keep = os.path.join(findings_dir, "%04d-%s" % (n, target))
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(case, keep, symlinks=True)
                findings.append({"input": n, "target": target, "verdict": verdict,
                                 "mutation": what, "kept": keep,
                                 "command": " ".join(cmd).replace(case, keep),
                                 "output": output[-2000:]})
                print("FINDING %d %s: %s (%s)" % (n, target, verdict, what), flush=True)
            done = sum(tally.values())
            if done % 50 == 0:
                print("%d/%d inputs, %d findings, %.0f s" % (done, args.count, len(findings),
                                                             time.time() - started), flush=True)
        shutil.rmtree(case, ignore_errors=True)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(one, range(args.count)))
    summary = {
        "inputs": args.count, "seed": args.seed, "seconds": round(time.time() - started),
        "findings": len(findings),
        "by_target": {"%s: %s" % k: v for k, v in sorted(tally.items())},
    }
    with open(os.path.join(work, "findings.json"), "w") as f:
        json.dump({"summary": summary, "findings": findings, "sample_errors": messages}, f,
                  indent=1)
    print(json.dumps(summary, indent=1))
    print("details: " + os.path.join(work, "findings.json"))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
