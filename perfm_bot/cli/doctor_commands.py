"""``perfm-bot doctor``: check the state folder, say what is wrong and what would be repaired.

``--repair`` rebuilds only what can be computed again (the embedding cache, the search index);
a damaged record (outbox, change log, question log) is named with what to do, never replaced.
"""

from __future__ import annotations

import argparse
import shutil

from perfm_bot.core.errors import KnowledgeError
from perfm_bot.core.settings import Settings
from perfm_bot.core.state_check import Finding, check_state


def add_commands(command) -> None:  # noqa: ANN001 - main.build_parser's local helper
    doctor = command("doctor", cmd_doctor, "check the state folder (databases, index); --repair rebuilds caches only")
    doctor.add_argument("--repair", action="store_true", help="rebuild a damaged cache and an index that does not match the knowledge")


def index_finding(settings: Settings) -> Finding:
    """Does the saved index cover exactly the chunks of the knowledge as it is now?"""
    from perfm_bot.index.chunking import build_chunks
    from perfm_bot.index.vector_index import knowledge_hash, read_manifest
    from perfm_bot.sources.loader import load_knowledge

    if not settings.index_dir.exists():
        return Finding("index/", "stale", "not built yet (perfm-bot index builds it)", repairable=True)
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        return Finding("index/", "damaged", "its manifest is missing or unreadable; it is rebuilt from the knowledge", repairable=True)
    try:
        chunks = build_chunks(load_knowledge(settings.knowledge_dir))
    except KnowledgeError as exc:
        return Finding("index/", "unusable", f"cannot compare with the knowledge, which has problems (perfm-bot check):\n{exc}")
    if manifest.knowledge_hash != knowledge_hash(chunks):
        return Finding("index/", "stale", "built from an older version of the knowledge; it is updated at the next start or `index`", repairable=True)
    return Finding("index/", "ok", f"matches the knowledge ({manifest.chunks} chunks, model {manifest.model})")


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    findings = check_state(settings.state_dir)
    if settings.state_dir.is_dir():
        findings.append(index_finding(settings))
    print(f"State folder {settings.state_dir}:")
    for f in findings:
        print(f"  {f.name:<18} {f.status.upper() if not f.ok else f.status:<8} {f.detail}")
    repairs = [f for f in findings if not f.ok and f.repairable]
    others = [f for f in findings if not f.ok and not f.repairable]
    if not repairs and not others:
        print("Everything is in order.")
        return 0
    if repairs and not args.repair:
        print("Would repair (run `perfm-bot doctor --repair`): " + ", ".join(f"rebuild {f.name}" for f in repairs))
    if args.repair:
        for f in repairs:
            _repair(f, settings)
        if any(f.name == "index/" for f in repairs) or repairs:
            from perfm_bot.cli.options import open_engine

            report = open_engine(settings).last_report  # rebuilds the cache and the index from the knowledge
            print(f"Repaired: the index now has {report.chunks} chunks ({report.stats.embedded} texts embedded).")
    if others:
        print("Not repaired (a record is never replaced automatically; see above): " + ", ".join(f.name for f in others))
        return 1
    return 0 if args.repair else 1


def _repair(finding: Finding, settings: Settings) -> None:
    if finding.name == "index/":
        shutil.rmtree(settings.index_dir, ignore_errors=True)
        return
    path = settings.state_dir / finding.name
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink(missing_ok=True)
