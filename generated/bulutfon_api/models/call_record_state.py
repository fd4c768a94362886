# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from enum import StrEnum

from ..types import wrong_type


class CallRecordState(StrEnum):
    NO = "NO"
    REMOVED = "REMOVED"
    VAR = "Var"
    YES = "YES"
    YOK = "Yok"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _from_wire(
        cls, value: object, where: str = "CallRecordState"
    ) -> "CallRecordState":
        """Parse a value the server sent, keeping one this client does not know yet.

        The provider adds values (a new state, a new hangup cause) without notice; failing the
        whole response over one would break every caller. An unknown value becomes a member
        named ``UNKNOWN`` that carries it: ``value in CallRecordState`` is False for it, and
        ``to_dict`` sends it back unchanged. Building one yourself with
        ``CallRecordState("...")`` stays strict and raises ValueError. A value that is not
        a string at all is refused with TypeError naming ``where`` (the field).
        """
        if not isinstance(value, str):
            raise wrong_type(where, "a string", value)
        # The value map first: cls(value) goes through EnumType.__call__, several times slower.
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known  # type: ignore[return-value]
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
