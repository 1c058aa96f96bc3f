"""Pack the PyInstaller folder (dist/haven) as a .deb and a .tar.gz.

    python packaging/make_deb.py dist/haven dist

The .deb installs the folder to /opt/haven, `haven` and `haven-cli` commands in
/usr/bin, the .desktop file, the icon in the hicolor theme (SVG and PNG sizes, rendered
by packaging/render_icons.py into build/icons) and the AppStream metainfo. Its
Depends: are found, not guessed: every ELF file in the bundle is given to ldd (with the
bundle's own folder first, as its launcher does), and each system library it resolves
to is looked up with `dpkg -S`. A library Qt's X11 plugin needs that is not installed
here stops the build (its package could not be named).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
from email.utils import formatdate
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from journal.version import version  # noqa: E402

APP_ID = "io.github.havenjournal.Haven"
MAINTAINER = "The Haven developers <maintainers@users.noreply.r-seed-3e320117.example>"
ICONS = ROOT / "build" / "icons"
LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)")
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found")


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def system_libraries(bundle: Path) -> tuple[set[str], dict[str, set[str]]]:
    """The system libraries the bundle's ELF files load, and what each file misses."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    used: set[str] = set()
    missing: dict[str, set[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if not is_elf(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                             check=False).stdout
        for line in out.splitlines():
            if (gone := NOT_FOUND.match(line)) is not None:
                missing.setdefault(str(path.relative_to(bundle)), set()).add(gone[1])
            elif (found := LDD_LINE.match(line)) is not None and found[2].startswith("/"):
                target = Path(found[2]).resolve()
                if bundle.resolve() not in target.parents:
                    used.add(found[2])
    return used, missing


def package_of(library: str) -> str:
    """The Debian package that installed `library` (dpkg -S), trying /usr-merged paths."""
    path = Path(library)
    candidates = {str(path), str(path.resolve())}
    for c in list(candidates):
        candidates.add(c[4:] if c.startswith("/usr/") else "/usr" + c)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                check=False)
        if result.returncode == 0:
            return result.stdout.split(":")[0].strip()
    raise SystemExit(f"no Debian package owns {library}: cannot name the dependency")


def depends(bundle: Path) -> list[str]:
    used, missing = system_libraries(bundle)
    xcb = {lib for file, libs in missing.items() if file.endswith("libqxcb.so") for lib in libs}
    if xcb:
        raise SystemExit("Qt's X11 plugin needs libraries not installed here: "
                         + ", ".join(sorted(xcb)) + ". Install them so their packages can "
                         "be named in Depends (packaging/README.md).")
    for file, libs in sorted(missing.items()):
        print(f"note: {file} would need {', '.join(sorted(libs))}: not installed here, so "
              "not in Depends (Qt loads that plugin only where a desktop has them, and "
              "falls back to X11 otherwise)")
    return sorted({package_of(lib) for lib in used})


def write(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    path.chmod(mode)


def copyright_file() -> str:
    return """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Haven
Comment: Haven and the parts bundled in /opt/haven. Each bundled part's licence text is
 in /opt/haven/_internal/resources/licenses/NOTICES.txt.

Files: *
Copyright: 2026 The Haven developers
License: GPL-3+
 This program is free software: you can redistribute it and/or modify it under the
 terms of the GNU General Public License as published by the Free Software Foundation,
 either version 3 of the License, or (at your option) any later version.
 .
 On Debian systems, the complete text of the GNU General Public License version 3 can
 be found in "/usr/share/common-licenses/GPL-3".

Files: opt/haven/_internal/PySide6/* opt/haven/_internal/shiboken6/*
Copyright: 2026 The Qt Company Ltd. and other contributors
License: LGPL-3
 On Debian systems, the complete text of the GNU Lesser General Public License
 version 3 can be found in "/usr/share/common-licenses/LGPL-3".
"""


def changelog(ver: str) -> bytes:
    text = (f"haven ({ver}) unstable; urgency=medium\n\n"
            f"  * Release {ver}.\n\n"
            f" -- {MAINTAINER}  {formatdate(usegmt=False, localtime=False)}\n")
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


LINTIAN_OVERRIDES = """\
# Haven is a self-contained PyInstaller bundle, not a Debian-built package (README.md).
haven: dir-or-file-in-opt *
haven: embedded-library *
haven: unstripped-binary-or-object *
haven: shared-library-lacks-prerequisites *
haven: shared-library-lacks-version *
haven: custom-library-search-path *
haven: hardening-no-fortify-functions *
haven: hardening-no-pie *
haven: hardening-no-bindnow *
haven: library-not-linked-against-libc *
haven: package-contains-documentation-outside-usr-share-doc *
haven: extra-license-file *
haven: package-installs-python-pycache-dir *
haven: spelling-error-in-binary *
haven: statically-linked-binary *
haven: repeated-path-segment *
haven: executable-in-usr-lib *
# libmount and libblkid come with Qt's GTK theme plugin; Haven never runs their pager.
haven: missing-depends-on-sensible-utils *
"""


def build_deb(bundle: Path, out: Path) -> Path:
    ver = version()
    stage = ROOT / "build" / "deb" / f"haven_{ver}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "haven"
    shutil.copytree(bundle, opt, symlinks=True)
    for path in opt.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.name in ("haven", "haven-cli") and path.parent == opt
            path.chmod(0o755 if executable else 0o644)
    for name in ("haven", "haven-cli"):
        write(stage / "usr" / "bin" / name, f'#!/bin/sh\nexec /opt/haven/{name} "$@"\n',
              0o755)
    share = stage / "usr" / "share"
    write(share / "applications" / "haven.desktop",
          (HERE / "haven.desktop").read_text(encoding="utf-8"))
    write(share / "metainfo" / f"{APP_ID}.metainfo.xml",
          (HERE / "haven.metainfo.xml").read_text(encoding="utf-8"))
    hicolor = share / "icons" / "hicolor"
    write(hicolor / "scalable" / "apps" / "haven.svg",
          (ROOT / "resources" / "icons" / "haven.svg").read_bytes())
    pngs = sorted(ICONS.glob("*/apps/haven.png"))
    if not pngs:
        raise SystemExit(f"no icons in {ICONS}: run packaging/render_icons.py first")
    for png in pngs:
        write(hicolor / png.relative_to(ICONS), png.read_bytes())
    doc = share / "doc" / "haven"
    write(doc / "copyright", copyright_file())
    write(doc / "changelog.gz", changelog(ver))
    write(share / "lintian" / "overrides" / "haven", LINTIAN_OVERRIDES)
    for path in stage.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)

    size_kib = sum(p.stat().st_size for p in stage.rglob("*")
                   if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN" / "control"
    write(control, f"""Package: haven
Version: {ver}
Architecture: amd64
Maintainer: {MAINTAINER}
Installed-Size: {size_kib}
Depends: {", ".join(depends(bundle))}
Section: utils
Priority: optional
Description: private, encrypted journal for partners in recovery
 Haven is a private journal for people whose partner has a porn or sex
 addiction, or has crossed sexual boundaries: a journal with writing prompts,
 self-care check-ins, a boundaries worksheet, safe places, a safety plan and a
 summary for the therapist, in Dutch and English.
 .
 Everything is kept in one encrypted vault (SQLCipher) in the user's data
 folder. Haven never connects to the network. Removing the package never
 removes a journal or its backups.
""")
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes()).hexdigest()
            sums.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    write(stage / "DEBIAN" / "md5sums", "".join(sums))
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"haven_{ver}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--threads-max=2", "--build",
                    str(stage), str(deb)], check=True, stdout=subprocess.DEVNULL)
    return deb


def build_tarball(bundle: Path, out: Path) -> Path:
    """The same folder for other distributions, with the desktop file and icon beside."""
    ver = version()
    top = f"haven-{ver}"
    tarball = out / f"haven-{ver}-linux-x86_64.tar.gz"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=clean)
        for path, name in ((HERE / "haven.desktop", "haven.desktop"),
                           (ROOT / "resources" / "icons" / "haven.svg", "haven.svg"),
                           (ROOT / "LICENSE", "LICENSE")):
            tar.add(path, arcname=f"{top}/{name}", filter=clean)
    return tarball


if __name__ == "__main__":
    bundle_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    if not (bundle_dir / "haven").is_file():
        raise SystemExit(f"{bundle_dir} is not a PyInstaller folder of Haven")
    print(build_deb(bundle_dir, out_dir))
    print(build_tarball(bundle_dir, out_dir))
