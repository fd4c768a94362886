# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="AutomaticCallCreate")


@_attrs_define
class AutomaticCallCreate:
    title: str
    receivers: int | str
    """ One phone number, or several separated by commas, digits only (a single number may come as a JSON integer).
    """
    did: int | str
    """ A phone number, digits only, as a JSON integer or a string (shipped clients send both). """
    announcement_id: int | str | Unset = UNSET
    """ A positive whole number (an id, an extension number), as a JSON integer or a string of digits. """
    sound_url: str | Unset = UNSET
    """ A sound file URL to play (exactly one of the three). """
    bulutfon_xm_id: int | str | Unset = UNSET
    """ A positive whole number (an id, an extension number), as a JSON integer or a string of digits. """
    timeout: int | str | Unset = UNSET
    """ Seconds each phone rings, 0 to 60 (a JSON integer or a string of digits). """
    bulutfon_xm_data: str | Unset = UNSET
    """ Data passed to BulutfonXM with the call. """
    callback_url: str | Unset = UNSET
    """ A URL for this call's webhook events (sent back in them as `callback_url`). """
    gather: bool | Unset = UNSET
    """ Record the key pressed (default true). """
    hours_active: bool | Unset = UNSET
    """ Honour the per-day calling hours (default false). """
    mon_active: bool | Unset = UNSET
    """ Whether to call on Mondays (the server's default: true). """
    mon_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    mon_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    tue_active: bool | Unset = UNSET
    """ Whether to call on Tuesdays (the server's default: true). """
    tue_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    tue_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    wed_active: bool | Unset = UNSET
    """ Whether to call on Wednesdays (the server's default: true). """
    wed_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    wed_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    thu_active: bool | Unset = UNSET
    """ Whether to call on Thursdays (the server's default: true). """
    thu_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    thu_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    fri_active: bool | Unset = UNSET
    """ Whether to call on Fridays (the server's default: true). """
    fri_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    fri_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    sat_active: bool | Unset = UNSET
    """ Whether to call on Saturdays (the server's default: true). """
    sat_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    sat_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    sun_active: bool | Unset = UNSET
    """ Whether to call on Sundays (the server's default: true). """
    sun_start: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """
    sun_finish: str | Unset = UNSET
    """ A time of day, `HH:MM`, 00:00 to 23:59. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        receivers: int | str
        receivers = self.receivers

        did: int | str
        did = self.did

        announcement_id: int | str | Unset
        if isinstance(self.announcement_id, Unset):
            announcement_id = UNSET
        else:
            announcement_id = self.announcement_id

        sound_url = self.sound_url

        bulutfon_xm_id: int | str | Unset
        if isinstance(self.bulutfon_xm_id, Unset):
            bulutfon_xm_id = UNSET
        else:
            bulutfon_xm_id = self.bulutfon_xm_id

        timeout: int | str | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        bulutfon_xm_data = self.bulutfon_xm_data

        callback_url = self.callback_url

        gather = self.gather

        hours_active = self.hours_active

        mon_active = self.mon_active

        mon_start = self.mon_start

        mon_finish = self.mon_finish

        tue_active = self.tue_active

        tue_start = self.tue_start

        tue_finish = self.tue_finish

        wed_active = self.wed_active

        wed_start = self.wed_start

        wed_finish = self.wed_finish

        thu_active = self.thu_active

        thu_start = self.thu_start

        thu_finish = self.thu_finish

        fri_active = self.fri_active

        fri_start = self.fri_start

        fri_finish = self.fri_finish

        sat_active = self.sat_active

        sat_start = self.sat_start

        sat_finish = self.sat_finish

        sun_active = self.sun_active

        sun_start = self.sun_start

        sun_finish = self.sun_finish

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "receivers": receivers,
                "did": did,
            }
        )
        if announcement_id is not UNSET:
            field_dict["announcement_id"] = announcement_id
        if sound_url is not UNSET:
            field_dict["sound_url"] = sound_url
        if bulutfon_xm_id is not UNSET:
            field_dict["bulutfon_xm_id"] = bulutfon_xm_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if bulutfon_xm_data is not UNSET:
            field_dict["bulutfon_xm_data"] = bulutfon_xm_data
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if gather is not UNSET:
            field_dict["gather"] = gather
        if hours_active is not UNSET:
            field_dict["hours_active"] = hours_active
        if mon_active is not UNSET:
            field_dict["mon_active"] = mon_active
        if mon_start is not UNSET:
            field_dict["mon_start"] = mon_start
        if mon_finish is not UNSET:
            field_dict["mon_finish"] = mon_finish
        if tue_active is not UNSET:
            field_dict["tue_active"] = tue_active
        if tue_start is not UNSET:
            field_dict["tue_start"] = tue_start
        if tue_finish is not UNSET:
            field_dict["tue_finish"] = tue_finish
        if wed_active is not UNSET:
            field_dict["wed_active"] = wed_active
        if wed_start is not UNSET:
            field_dict["wed_start"] = wed_start
        if wed_finish is not UNSET:
            field_dict["wed_finish"] = wed_finish
        if thu_active is not UNSET:
            field_dict["thu_active"] = thu_active
        if thu_start is not UNSET:
            field_dict["thu_start"] = thu_start
        if thu_finish is not UNSET:
            field_dict["thu_finish"] = thu_finish
        if fri_active is not UNSET:
            field_dict["fri_active"] = fri_active
        if fri_start is not UNSET:
            field_dict["fri_start"] = fri_start
        if fri_finish is not UNSET:
            field_dict["fri_finish"] = fri_finish
        if sat_active is not UNSET:
            field_dict["sat_active"] = sat_active
        if sat_start is not UNSET:
            field_dict["sat_start"] = sat_start
        if sat_finish is not UNSET:
            field_dict["sat_finish"] = sat_finish
        if sun_active is not UNSET:
            field_dict["sun_active"] = sun_active
        if sun_start is not UNSET:
            field_dict["sun_start"] = sun_start
        if sun_finish is not UNSET:
            field_dict["sun_finish"] = sun_finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AutomaticCallCreate", "an object", src_dict)
        get = src_dict.get
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "AutomaticCallCreate.title")
        )
        _receivers = src_dict["receivers"]
        receivers = (
            _receivers
            if type(_receivers) is int or type(_receivers) is str
            else check_union(
                _receivers,
                "AutomaticCallCreate.receivers",
                "an integer or a string",
                (int, str),
            )
        )
        _did = src_dict["did"]
        did = (
            _did
            if type(_did) is int or type(_did) is str
            else check_union(
                _did, "AutomaticCallCreate.did", "an integer or a string", (int, str)
            )
        )
        _announcement_id = get("announcement_id")
        if _announcement_id is None:
            announcement_id = UNSET
        else:
            announcement_id = (
                _announcement_id
                if type(_announcement_id) is int or type(_announcement_id) is str
                else check_union(
                    _announcement_id,
                    "AutomaticCallCreate.announcement_id",
                    "an integer or a string",
                    (int, str),
                )
            )
        _sound_url = get("sound_url")
        if _sound_url is None:
            sound_url = UNSET
        else:
            sound_url = (
                _sound_url
                if type(_sound_url) is str
                else check_str(_sound_url, "AutomaticCallCreate.sound_url")
            )
        _bulutfon_xm_id = get("bulutfon_xm_id")
        if _bulutfon_xm_id is None:
            bulutfon_xm_id = UNSET
        else:
            bulutfon_xm_id = (
                _bulutfon_xm_id
                if type(_bulutfon_xm_id) is int or type(_bulutfon_xm_id) is str
                else check_union(
                    _bulutfon_xm_id,
                    "AutomaticCallCreate.bulutfon_xm_id",
                    "an integer or a string",
                    (int, str),
                )
            )
        _timeout = get("timeout")
        if _timeout is None:
            timeout = UNSET
        else:
            timeout = (
                _timeout
                if type(_timeout) is int or type(_timeout) is str
                else check_union(
                    _timeout,
                    "AutomaticCallCreate.timeout",
                    "an integer or a string",
                    (int, str),
                )
            )
        _bulutfon_xm_data = get("bulutfon_xm_data")
        if _bulutfon_xm_data is None:
            bulutfon_xm_data = UNSET
        else:
            bulutfon_xm_data = (
                _bulutfon_xm_data
                if type(_bulutfon_xm_data) is str
                else check_str(
                    _bulutfon_xm_data, "AutomaticCallCreate.bulutfon_xm_data"
                )
            )
        _callback_url = get("callback_url")
        if _callback_url is None:
            callback_url = UNSET
        else:
            callback_url = (
                _callback_url
                if type(_callback_url) is str
                else check_str(_callback_url, "AutomaticCallCreate.callback_url")
            )
        _gather = get("gather")
        if _gather is None:
            gather = UNSET
        else:
            if type(_gather) is not bool:
                raise wrong_type("AutomaticCallCreate.gather", "a boolean", _gather)
            gather = _gather
        _hours_active = get("hours_active")
        if _hours_active is None:
            hours_active = UNSET
        else:
            if type(_hours_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.hours_active", "a boolean", _hours_active
                )
            hours_active = _hours_active
        _mon_active = get("mon_active")
        if _mon_active is None:
            mon_active = UNSET
        else:
            if type(_mon_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.mon_active", "a boolean", _mon_active
                )
            mon_active = _mon_active
        _mon_start = get("mon_start")
        if _mon_start is None:
            mon_start = UNSET
        else:
            mon_start = (
                _mon_start
                if type(_mon_start) is str
                else check_str(_mon_start, "AutomaticCallCreate.mon_start")
            )
        _mon_finish = get("mon_finish")
        if _mon_finish is None:
            mon_finish = UNSET
        else:
            mon_finish = (
                _mon_finish
                if type(_mon_finish) is str
                else check_str(_mon_finish, "AutomaticCallCreate.mon_finish")
            )
        _tue_active = get("tue_active")
        if _tue_active is None:
            tue_active = UNSET
        else:
            if type(_tue_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.tue_active", "a boolean", _tue_active
                )
            tue_active = _tue_active
        _tue_start = get("tue_start")
        if _tue_start is None:
            tue_start = UNSET
        else:
            tue_start = (
                _tue_start
                if type(_tue_start) is str
                else check_str(_tue_start, "AutomaticCallCreate.tue_start")
            )
        _tue_finish = get("tue_finish")
        if _tue_finish is None:
            tue_finish = UNSET
        else:
            tue_finish = (
                _tue_finish
                if type(_tue_finish) is str
                else check_str(_tue_finish, "AutomaticCallCreate.tue_finish")
            )
        _wed_active = get("wed_active")
        if _wed_active is None:
            wed_active = UNSET
        else:
            if type(_wed_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.wed_active", "a boolean", _wed_active
                )
            wed_active = _wed_active
        _wed_start = get("wed_start")
        if _wed_start is None:
            wed_start = UNSET
        else:
            wed_start = (
                _wed_start
                if type(_wed_start) is str
                else check_str(_wed_start, "AutomaticCallCreate.wed_start")
            )
        _wed_finish = get("wed_finish")
        if _wed_finish is None:
            wed_finish = UNSET
        else:
            wed_finish = (
                _wed_finish
                if type(_wed_finish) is str
                else check_str(_wed_finish, "AutomaticCallCreate.wed_finish")
            )
        _thu_active = get("thu_active")
        if _thu_active is None:
            thu_active = UNSET
        else:
            if type(_thu_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.thu_active", "a boolean", _thu_active
                )
            thu_active = _thu_active
        _thu_start = get("thu_start")
        if _thu_start is None:
            thu_start = UNSET
        else:
            thu_start = (
                _thu_start
                if type(_thu_start) is str
                else check_str(_thu_start, "AutomaticCallCreate.thu_start")
            )
        _thu_finish = get("thu_finish")
        if _thu_finish is None:
            thu_finish = UNSET
        else:
            thu_finish = (
                _thu_finish
                if type(_thu_finish) is str
                else check_str(_thu_finish, "AutomaticCallCreate.thu_finish")
            )
        _fri_active = get("fri_active")
        if _fri_active is None:
            fri_active = UNSET
        else:
            if type(_fri_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.fri_active", "a boolean", _fri_active
                )
            fri_active = _fri_active
        _fri_start = get("fri_start")
        if _fri_start is None:
            fri_start = UNSET
        else:
            fri_start = (
                _fri_start
                if type(_fri_start) is str
                else check_str(_fri_start, "AutomaticCallCreate.fri_start")
            )
        _fri_finish = get("fri_finish")
        if _fri_finish is None:
            fri_finish = UNSET
        else:
            fri_finish = (
                _fri_finish
                if type(_fri_finish) is str
                else check_str(_fri_finish, "AutomaticCallCreate.fri_finish")
            )
        _sat_active = get("sat_active")
        if _sat_active is None:
            sat_active = UNSET
        else:
            if type(_sat_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.sat_active", "a boolean", _sat_active
                )
            sat_active = _sat_active
        _sat_start = get("sat_start")
        if _sat_start is None:
            sat_start = UNSET
        else:
            sat_start = (
                _sat_start
                if type(_sat_start) is str
                else check_str(_sat_start, "AutomaticCallCreate.sat_start")
            )
        _sat_finish = get("sat_finish")
        if _sat_finish is None:
            sat_finish = UNSET
        else:
            sat_finish = (
                _sat_finish
                if type(_sat_finish) is str
                else check_str(_sat_finish, "AutomaticCallCreate.sat_finish")
            )
        _sun_active = get("sun_active")
        if _sun_active is None:
            sun_active = UNSET
        else:
            if type(_sun_active) is not bool:
                raise wrong_type(
                    "AutomaticCallCreate.sun_active", "a boolean", _sun_active
                )
            sun_active = _sun_active
        _sun_start = get("sun_start")
        if _sun_start is None:
            sun_start = UNSET
        else:
            sun_start = (
                _sun_start
                if type(_sun_start) is str
                else check_str(_sun_start, "AutomaticCallCreate.sun_start")
            )
        _sun_finish = get("sun_finish")
        if _sun_finish is None:
            sun_finish = UNSET
        else:
            sun_finish = (
                _sun_finish
                if type(_sun_finish) is str
                else check_str(_sun_finish, "AutomaticCallCreate.sun_finish")
            )
        automatic_call_create = cls(
            title,
            receivers,
            did,
            announcement_id,
            sound_url,
            bulutfon_xm_id,
            timeout,
            bulutfon_xm_data,
            callback_url,
            gather,
            hours_active,
            mon_active,
            mon_start,
            mon_finish,
            tue_active,
            tue_start,
            tue_finish,
            wed_active,
            wed_start,
            wed_finish,
            thu_active,
            thu_start,
            thu_finish,
            fri_active,
            fri_start,
            fri_finish,
            sat_active,
            sat_start,
            sat_finish,
            sun_active,
            sun_start,
            sun_finish,
        )
        return automatic_call_create
