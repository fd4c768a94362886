# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bfon_action_name import BfonActionName
from ..types import (
    UNSET,
    Unset,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.bfon_dial_args import BfonDialArgs
    from ..models.bfon_gather_args import BfonGatherArgs
    from ..models.bfon_play_args import BfonPlayArgs
    from ..models.bfon_return_data_args import BfonReturnDataArgs
    from ..models.bfon_set_caller_name_args import BfonSetCallerNameArgs
    from ..models.bfon_sleep_args import BfonSleepArgs


T = TypeVar("T", bound="BfonAction")
_KNOWN_KEYS = frozenset(
    {
        "action",
        "args",
    }
)


@_attrs_define
class BfonAction:
    """One action; `args` as below for each (strings, as the provider writes them), none for continue, hangup and reject."""

    action: BfonActionName
    """ `say` was removed (use any TTS and `play`); the BFON page's index calls
    `set_caller_name` `set_caller`.
     """
    args: (
        BfonDialArgs
        | BfonGatherArgs
        | BfonPlayArgs
        | BfonReturnDataArgs
        | BfonSetCallerNameArgs
        | BfonSleepArgs
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bfon_dial_args import BfonDialArgs
        from ..models.bfon_gather_args import BfonGatherArgs
        from ..models.bfon_play_args import BfonPlayArgs
        from ..models.bfon_return_data_args import BfonReturnDataArgs
        from ..models.bfon_set_caller_name_args import BfonSetCallerNameArgs

        action = self.action.value

        args: dict[str, Any] | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif (
            isinstance(self.args, BfonPlayArgs)
            or isinstance(self.args, BfonGatherArgs)
            or isinstance(self.args, BfonDialArgs)
            or isinstance(self.args, BfonSetCallerNameArgs)
            or isinstance(self.args, BfonReturnDataArgs)
        ):
            args = self.args.to_dict()
        else:
            args = self.args.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.bfon_dial_args import BfonDialArgs
        from ..models.bfon_gather_args import BfonGatherArgs
        from ..models.bfon_play_args import BfonPlayArgs
        from ..models.bfon_return_data_args import BfonReturnDataArgs
        from ..models.bfon_set_caller_name_args import BfonSetCallerNameArgs
        from ..models.bfon_sleep_args import BfonSleepArgs

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonAction", "an object", src_dict)
        get = src_dict.get
        _action = src_dict["action"]
        action = _VALUES_BfonActionName.get(_action) if type(_action) is str else None
        if action is None:
            action = BfonActionName._from_wire(_action, "BfonAction.action")

        def _parse_args(
            data: object,
        ) -> (
            BfonDialArgs
            | BfonGatherArgs
            | BfonPlayArgs
            | BfonReturnDataArgs
            | BfonSetCallerNameArgs
            | BfonSleepArgs
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_0 = BfonPlayArgs.from_dict(data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_1 = BfonGatherArgs.from_dict(data)

                return args_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_2 = BfonDialArgs.from_dict(data)

                return args_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_3 = BfonSetCallerNameArgs.from_dict(data)

                return args_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                args_type_4 = BfonReturnDataArgs.from_dict(data)

                return args_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            args_type_5 = BfonSleepArgs.from_dict(data)

            return args_type_5

        args = _parse_args(get("args", UNSET))

        bfon_action = cls(
            action,
            args,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            bfon_action.additional_properties = d
        return bfon_action

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_BfonActionName = BfonActionName._value2member_map_
