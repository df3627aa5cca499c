"""What a corpus run hands back: one DocResult per document (from a worker), one
RunSummary per run, and the exit codes."""
from __future__ import annotations

from dataclasses import dataclass, field

MAX_REPORTED_SKIPS = 1000      # skips kept in RunSummary.skips (all are counted)

EXIT_OK, EXIT_NONCONFORMING, EXIT_SKIPPED = 0, 1, 3


@dataclass
class DocResult:
    """What a worker sends back for one document (picklable, small)."""
    id: str
    status: str                     # "ok" | "invalid" | "error"
    nquads: bytes = b""             # sorted, unique canonical N-Quads lines
    entities: tuple = ()            # ((key, name, type, (aliases...)), ...)
    message: str = ""
    words: int = 0
    timings: dict = field(default_factory=dict)
    sha256: str = ""                # of the text, for the run record
    note: str = ""                  # a warning for the user (the document is still written)


@dataclass
class RunSummary:
    output: str
    format: str
    documents: int = 0              # documents in the output (this run + resumed)
    processed: int = 0              # documents processed by this run
    resumed: int = 0                # documents taken from the journal of an earlier run
    skipped: int = 0                # records / documents not in the output
    skips: list = field(default_factory=list)   # the first MAX_REPORTED_SKIPS Skip records
    lines: int = 0                  # triples (nt) or quads (nq, trig) written
    words: int = 0                  # words processed by this run
    conforms: bool = True           # cross-document SHACL verdict (documents are checked one by one)
    report: object = None           # kg.validate.Report of the cross-document check
    completed: bool = False         # False: interrupted (stop_after); resume to finish
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)   # seconds per stage, summed over workers
    start_method: str = ""          # how workers started for jobs > 1: "fork" or "spawn"

    @property
    def exit_code(self) -> int:
        """0 all written; 1 the graph does not conform (nothing written); 3 written, but
        some records were skipped (bad JSON, missing text, a document that failed)."""
        if not self.conforms:
            return EXIT_NONCONFORMING
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def text(self) -> str:
        where = "stdout" if self.output == "-" else self.output
        extra = f", {self.resumed} resumed" if self.resumed else ""
        skipped = f", {self.skipped} skipped" if self.skipped else ""
        return (f"kg: {self.documents} documents{extra}{skipped}, {self.lines} "
                f"{'quads' if self.format in ('nq', 'trig') else 'triples'} -> {where} ({self.format}) "
                f"in {self.seconds:.1f}s")
