"""bin/backup and bin/restore: a site with data and uploaded files (public and private) is backed
up, restored into a new, empty database and empty media folders, and found identical: the row
count of every table and the content of every file."""

import hashlib
import json
import subprocess
import sys
import uuid

import pytest

from .conftest import ROOT, database_url, drop_database, needs_services, table_counts

pytestmark = [pytest.mark.ops, needs_services]


def checksums(folder):
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(site, script, *arguments):
    return subprocess.run(  # noqa: S603 (our own scripts)
        [sys.executable, str(ROOT / "bin" / script), *arguments],
        env=site.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def restored_database():
    name = f"relais_restore_{uuid.uuid4().hex[:8]}"
    try:
        yield database_url(name)
    finally:
        drop_database(name)


def test_backup_then_restore_into_an_empty_database_gives_the_same_site(
    demo_site, restored_database, tmp_path
):
    """A backup restored into an empty database and empty media folders gives the same rows, media
    and private media; a restore over a site is refused."""
    # An attendance sheet, as a multiplier's upload leaves it: private media must be kept too.
    sheet = demo_site.private_media_root / "attendance" / "2026" / "sheet.pdf"
    sheet.parent.mkdir(parents=True, exist_ok=True)
    sheet.write_bytes(b"%PDF-1.4 attendance sheet " + uuid.uuid4().bytes)
    before = table_counts(demo_site.url)
    assert (
        before["lms_enrolment"] > 0 and before["wagtailcore_page"] > 10 and before["wagtailimages_image"] > 0
    )
    media_before = checksums(demo_site.media_root)
    private_before = checksums(demo_site.private_media_root)
    assert any(name.startswith("original_images/") for name in media_before)

    backed_up = run(
        demo_site, "backup", f"--database-url={demo_site.url}", f"--output-dir={tmp_path / 'backups'}"
    )
    assert backed_up.returncode == 0, backed_up.stderr
    folder = tmp_path / "backups" / backed_up.stdout.strip().rsplit("/", 1)[-1]
    assert sorted(p.name for p in folder.iterdir()) == ["database.dump", "manifest.json", "media.tar.gz"]
    assert folder.name.startswith("relais-relais_ops_")
    assert json.loads((folder / "manifest.json").read_text())["row_counts"] == before

    media, private = tmp_path / "restored-media", tmp_path / "restored-private"
    restored = run(
        demo_site,
        "restore",
        str(folder),
        f"--database-url={restored_database}",
        f"--media-root={media}",
        f"--private-media-root={private}",
    )
    assert restored.returncode == 0, restored.stderr
    assert "all match the backup" in restored.stdout

    # Checked here again, independently of the script's own verification.
    assert table_counts(restored_database) == before
    assert checksums(media) == media_before
    assert checksums(private) == private_before

    # Never over a site: a database with tables, or media folders with files, are refused.
    again = run(
        demo_site,
        "restore",
        str(folder),
        f"--database-url={restored_database}",
        f"--media-root={tmp_path / 'other-media'}",
        f"--private-media-root={tmp_path / 'other-private'}",
    )
    assert again.returncode != 0 and "is not empty" in again.stderr
    assert table_counts(restored_database) == before


def test_a_restore_that_differs_from_its_manifest_fails(demo_site, restored_database, tmp_path):
    """A restore whose row counts differ from its manifest fails and names the table."""
    backed_up = run(demo_site, "backup", f"--database-url={demo_site.url}", f"--output-dir={tmp_path}")
    assert backed_up.returncode == 0, backed_up.stderr
    folder = tmp_path / backed_up.stdout.strip().rsplit("/", 1)[-1]
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["row_counts"]["lms_enrolment"] += 1
    (folder / "manifest.json").write_text(json.dumps(manifest))
    restored = run(
        demo_site,
        "restore",
        str(folder),
        f"--database-url={restored_database}",
        f"--media-root={tmp_path / 'm'}",
        f"--private-media-root={tmp_path / 'p'}",
    )
    assert restored.returncode != 0
    assert "table lms_enrolment" in restored.stderr
