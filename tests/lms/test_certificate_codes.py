"""Certificate codes are typed from paper: new ones use no character that can be taken for
another (0/O, 1/I/l), and a code is found in any case, with or without spaces and dashes; codes
issued before, URL-safe and mixing cases, keep resolving too."""

import pytest
from django.urls import reverse

from lms.learning.models import (
    CERTIFICATE_CODE_ALPHABET,
    Certificate,
    certificate_lookup_key,
    grouped_certificate_code,
    new_certificate_code,
)
from tests import factories

pytestmark = pytest.mark.django_db


def test_new_codes_have_no_ambiguous_character():
    codes = [new_certificate_code() for _ in range(200)]
    assert not set("".join(codes)) & set("0O1Il")
    assert set("".join(codes)) <= set(CERTIFICATE_CODE_ALPHABET)
    assert len(set(codes)) == 200


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code,
        lambda code: code.lower(),
        lambda code: grouped_certificate_code(code),
        lambda code: grouped_certificate_code(code).lower().replace("-", " "),
        lambda code: f"  {code[:5]} - {code[5:]}  ",
    ],
    ids=["as-stored", "lower-case", "grouped", "spaces", "odd-separators"],
)
def test_a_new_code_is_found_however_it_is_typed(client, typed):
    certificate = factories.CertificateFactory()
    response = client.get(reverse("certificate_verify_form"), {"code": typed(certificate.code)})
    assert response.status_code == 200
    assert response.context["certificate"] == certificate
    assert grouped_certificate_code(certificate.code) in response.content.decode()


@pytest.mark.parametrize("old_code", ["Ab1lI0Oq-xYz_9KmNpQrStUvW", "kL-9_mNoPqRsTuVwXyZaBcD"])
def test_codes_issued_before_keep_working_exactly_and_in_any_case(client, old_code):
    certificate = factories.CertificateFactory(code=old_code)
    for typed in (old_code, old_code.lower(), old_code.upper()):
        assert Certificate.objects.typed(typed) == certificate
    assert client.get(reverse("certificate_verify", args=[old_code])).context["certificate"] == certificate


def test_the_exact_code_wins_over_one_differing_only_by_case():
    """Two old codes that fold to the same key: each still finds itself."""
    first = factories.CertificateFactory(code="abcDEF-ghi")
    second = factories.CertificateFactory(code="ABCdef-GHI")
    assert Certificate.objects.typed("abcDEF-ghi") == first
    assert Certificate.objects.typed("ABCdef-GHI") == second


def test_an_unknown_or_empty_code_finds_nothing():
    factories.CertificateFactory()
    assert Certificate.objects.typed("") is None
    assert Certificate.objects.typed(" - ") is None
    assert Certificate.objects.typed("2345-6789") is None
    assert certificate_lookup_key(" ab-c d ") == "ABCD"
