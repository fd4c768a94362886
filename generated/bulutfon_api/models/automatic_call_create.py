# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_receivers(data: object) -> int | str:
            return cast(int | str, data)

        receivers = _parse_receivers(d.pop("receivers"))

        def _parse_did(data: object) -> int | str:
            return cast(int | str, data)

        did = _parse_did(d.pop("did"))

        def _parse_announcement_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        announcement_id = _parse_announcement_id(d.pop("announcement_id", UNSET))

        sound_url = d.pop("sound_url", UNSET)

        def _parse_bulutfon_xm_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        bulutfon_xm_id = _parse_bulutfon_xm_id(d.pop("bulutfon_xm_id", UNSET))

        def _parse_timeout(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        bulutfon_xm_data = d.pop("bulutfon_xm_data", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        gather = d.pop("gather", UNSET)

        hours_active = d.pop("hours_active", UNSET)

        mon_active = d.pop("mon_active", UNSET)

        mon_start = d.pop("mon_start", UNSET)

        mon_finish = d.pop("mon_finish", UNSET)

        tue_active = d.pop("tue_active", UNSET)

        tue_start = d.pop("tue_start", UNSET)

        tue_finish = d.pop("tue_finish", UNSET)

        wed_active = d.pop("wed_active", UNSET)

        wed_start = d.pop("wed_start", UNSET)

        wed_finish = d.pop("wed_finish", UNSET)

        thu_active = d.pop("thu_active", UNSET)

        thu_start = d.pop("thu_start", UNSET)

        thu_finish = d.pop("thu_finish", UNSET)

        fri_active = d.pop("fri_active", UNSET)

        fri_start = d.pop("fri_start", UNSET)

        fri_finish = d.pop("fri_finish", UNSET)

        sat_active = d.pop("sat_active", UNSET)

        sat_start = d.pop("sat_start", UNSET)

        sat_finish = d.pop("sat_finish", UNSET)

        sun_active = d.pop("sun_active", UNSET)

        sun_start = d.pop("sun_start", UNSET)

        sun_finish = d.pop("sun_finish", UNSET)

        automatic_call_create = cls(
            title=title,
            receivers=receivers,
            did=did,
            announcement_id=announcement_id,
            sound_url=sound_url,
            bulutfon_xm_id=bulutfon_xm_id,
            timeout=timeout,
            bulutfon_xm_data=bulutfon_xm_data,
            callback_url=callback_url,
            gather=gather,
            hours_active=hours_active,
            mon_active=mon_active,
            mon_start=mon_start,
            mon_finish=mon_finish,
            tue_active=tue_active,
            tue_start=tue_start,
            tue_finish=tue_finish,
            wed_active=wed_active,
            wed_start=wed_start,
            wed_finish=wed_finish,
            thu_active=thu_active,
            thu_start=thu_start,
            thu_finish=thu_finish,
            fri_active=fri_active,
            fri_start=fri_start,
            fri_finish=fri_finish,
            sat_active=sat_active,
            sat_start=sat_start,
            sat_finish=sat_finish,
            sun_active=sun_active,
            sun_start=sun_start,
            sun_finish=sun_finish,
        )

        return automatic_call_create
