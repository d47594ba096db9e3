//! Keys: the names the plain enums of a board (quadrants, domains, kinds of strategy, parts in a
//! phase, action statuses) have in files, element ids and test hooks, and reading them back.

use super::{ActionStatus, Domain, Part, Quadrant, StrategyKind};

/// A key that names none of the values it was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownKey;

/// Reads each type's keys back with `str::parse`: the value of `ALL` whose `key()` it is.
macro_rules! from_key {
    ($($keyed:ty),+) => {
        $(impl std::str::FromStr for $keyed {
            type Err = UnknownKey;

            fn from_str(key: &str) -> Result<Self, UnknownKey> {
                <$keyed>::ALL.into_iter().find(|v| v.key() == key).ok_or(UnknownKey)
            }
        })+
    };
}

from_key!(Quadrant, Domain, StrategyKind, Part, ActionStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_as_its_value() {
        for q in Quadrant::ALL {
            assert_eq!(q.key().parse(), Ok(q));
        }
        for d in Domain::ALL {
            assert_eq!(d.key().parse(), Ok(d));
        }
        for k in StrategyKind::ALL {
            assert_eq!(k.key().parse(), Ok(k));
        }
        for p in Part::ALL {
            assert_eq!(p.key().parse(), Ok(p));
        }
        for s in ActionStatus::ALL {
            assert_eq!(s.key().parse(), Ok(s));
        }
        assert_eq!("".parse::<Quadrant>(), Err(UnknownKey));
        assert_eq!("Strengths".parse::<Quadrant>(), Err(UnknownKey));
        assert_eq!("none".parse::<Part>(), Err(UnknownKey));
    }
}
