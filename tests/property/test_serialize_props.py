"""Properties of the JSON form: lossless round trips, schema-valid output."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from model_strategies import STRATEGIES

import moroccan_social_news as msn
from moroccan_social_news._serialize import RECORD_CLASSES

_VALIDATORS = {
    cls: jsonschema.Draft202012Validator(
        msn.json_schema(cls), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for cls in RECORD_CLASSES
}


def test_every_record_class_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(RECORD_CLASSES)


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_json_form_round_trips_losslessly_and_validates(cls: type, data: st.DataObject) -> None:
    # One property per class (drawing nested records is the slow part): dict and JSON
    # round trips are lossless, and the JSON form validates against the shipped schema.
    obj = data.draw(STRATEGIES[cls])
    as_dict = msn.to_dict(obj)
    back: Any = msn.from_dict(cls, as_dict)
    assert back == obj
    # eq=False fields (MonetaryAmount.surface) must survive too: compare the JSON forms
    assert msn.to_dict(back) == as_dict

    text = msn.to_json(obj)
    assert json.loads(text) == as_dict  # to_dict is already pure JSON data
    back_from_text: Any = msn.from_json(cls, text)
    assert back_from_text == obj
    assert msn.to_json(back_from_text) == text

    assert list(_VALIDATORS[cls].iter_errors(as_dict)) == []


@given(obj=STRATEGIES[msn.Meeting], bad=st.sampled_from([1, True, [], {}, 2.5]))
def test_a_wrong_type_anywhere_is_a_record_validation_error(obj: msn.Meeting, bad: Any) -> None:
    data = msn.to_dict(obj)
    data["kind"] = bad
    with pytest.raises(msn.RecordValidationError, match=r"\$\.kind"):
        msn.from_dict(msn.Meeting, data)
