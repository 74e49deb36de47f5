#!/usr/bin/env python3
"""Re-checks every package the advice names against PyPI, and resolves every
install line the plan gives for Python 3.12.

Reads the [[package]] records of knowledge/knowledge.toml and, for each, asks
PyPI's JSON API for the latest release (falling back to `pip index versions`
for the version, and to the package list under ../.library/env/packages/ for
the release month, when the API cannot be reached). Prints one line per
package and fails when a package does not exist, when its last release is
more than MAX_AGE_MONTHS old and its record does not say "maintenance", or
when the record's checked version is no longer the latest (so the record is
updated with the advice). Then it takes every distinct install line the plan gives
(`cargo run -p advisor-engine --example install_lines`: each scenario, each
case of the table, each requirement alone) and asks pip (a pinned pip in a
virtual environment under target/, so the machine's own pip does not matter)
to resolve it for Python 3.12 from wheels, without installing: a line that
names a missing package or extra, or whose pins cannot be met together, is
a problem. Not part of the timed test command: it needs the network.
Usage: python3 scripts/check-packages.py [--update]
  --update  rewrite `checked` and `checked_on` of records whose package is
            fine but newer than recorded.
"""

import datetime
import json
import shlex
import pathlib
import re
import subprocess
import sys
import tomllib
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge" / "knowledge.toml"
LOCAL_LIST = ROOT.parent / ".library" / "env" / "packages" / "pypi.tsv"
MAX_AGE_MONTHS = 24
PIP = "pip==25.3"
PYTHON = "3.12"


def from_pypi(name):
    """(latest version, release date YYYY-MM-DD) from PyPI's JSON API, or None."""
    try:
        with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=20) as r:
            data = json.load(r)
    except Exception:
        return None
    version = data["info"]["version"]
    files = data["releases"].get(version) or [{}]
    return version, (files[0].get("upload_time") or "")[:10]


def from_pip_and_list(name):
    """The same from `pip index versions` and the local package list."""
    out = subprocess.run(
        [sys.executable, "-m", "pip", "index", "versions", name],
        capture_output=True, text=True,
    ).stdout
    match = re.search(rf"^{re.escape(name)} \(([^)]+)\)", out, re.I | re.M)
    if not match:
        return None
    month = ""
    if LOCAL_LIST.exists():
        for line in LOCAL_LIST.read_text().splitlines():
            fields = line.split("\t")
            if fields[0].lower() == name.lower():
                month = fields[2] + "-01"
                break
    return match.group(1), month


def install_lines():
    """Every distinct install line the plan gives, as lists of requirements."""
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "-p", "advisor-engine", "--example", "install_lines"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    prefix = ["python", "-m", "pip", "install"]
    lines = []
    for line in out.splitlines():
        words = shlex.split(line)
        assert words[:4] == prefix, line
        lines.append(words[4:])
    return lines


def resolver():
    """A virtual environment with the pinned pip, made once under target/."""
    venv = ROOT / "target" / "check-packages"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", PIP], check=True)
    return python


def resolve(python, requirements):
    """None when pip resolves the requirements for PYTHON, else pip's error."""
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
         "--python-version", PYTHON, "--only-binary=:all:",
         "--target", str(ROOT / "target" / "check-packages" / "unused"), *requirements],
        capture_output=True, text=True,
    )
    if result.returncode == 0:
        return None
    return (result.stderr.strip().splitlines() or ["pip failed"])[-1]


def months_between(earlier, later):
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def main():
    update = "--update" in sys.argv
    text = KNOWLEDGE.read_text()
    records = tomllib.loads(text)["package"]
    today = datetime.date.today()
    problems = []
    for record in records:
        name = record["name"]
        found = from_pypi(name) or from_pip_and_list(name)
        if found is None:
            problems.append(f"{name}: not found on PyPI")
            print(f"{name:32} NOT FOUND")
            continue
        latest, released = found
        age = ""
        if released:
            date = datetime.date.fromisoformat(released)
            months = months_between(date, today)
            age = f"released {released} ({months} months ago)"
            if months > MAX_AGE_MONTHS and record["status"] != "maintenance" and not record.get("settled"):
                problems.append(f"{name}: no release for {months} months; check it is maintained")
        state = "ok" if latest == record["checked"] else f"newer than recorded {record['checked']}"
        print(f"{name:32} {latest:12} {age:40} {record['status']:12} {state}")
        if latest != record["checked"]:
            if update:
                block = re.escape(f'name = "{name}"')
                text = re.sub(
                    rf'({block}\n(?:install = .*\n)?)checked = ".*"\nchecked_on = ".*"',
                    rf'\g<1>checked = "{latest}"\nchecked_on = "{today:%Y-%m}"',
                    text,
                )
            else:
                problems.append(f"{name}: {latest} is out; re-read the advice and update the record")
    if update:
        KNOWLEDGE.write_text(text)
    python = resolver()
    lines = install_lines()
    for requirements in lines:
        error = resolve(python, requirements)
        shown = " ".join(requirements)
        print(f"{'ok ' if error is None else 'BAD'} {shown}")
        if error is not None:
            problems.append(f"install line does not resolve for Python {PYTHON}: {shown}: {error}")
    for problem in problems:
        print(f"check-packages: {problem}", file=sys.stderr)
    print(f"check-packages: {len(records)} packages, {len(lines)} install lines, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
