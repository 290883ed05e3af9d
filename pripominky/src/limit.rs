//! The per-address limit on posts (`--rate-per-minute`), with the wait to put in `Retry-After`. The
//! address is the connection's peer, except behind the local reverse proxy (a loopback peer), where the
//! proxy's `X-Real-IP` names the client. Addresses are kept only in memory, never logged.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

use axum::http::HeaderMap;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

pub struct Limit {
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
    clock: DefaultClock,
}

impl Limit {
    /// `per_minute` posts per address and minute, all of them allowed at once (a person may send a few
    /// comments in a row, or an outbox several); 0 turns the limit off.
    pub fn new(per_minute: u32) -> Limit {
        let limiter = NonZeroU32::new(per_minute).map(|n| RateLimiter::keyed(Quota::per_minute(n)));
        Limit { limiter, clock: DefaultClock::default() }
    }

    /// Ok, or how long the address must wait.
    pub fn check(&self, addr: IpAddr) -> Result<(), Duration> {
        match &self.limiter {
            None => Ok(()),
            Some(l) => l.check_key(&addr).map_err(|not_until| not_until.wait_time_from(self.clock.now())),
        }
    }

    /// Forgets addresses whose allowance is full again, so the table does not grow without bound.
    pub fn forget_idle(&self) {
        if let Some(l) = &self.limiter {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

/// The client's address: `X-Real-IP` when the peer is the local proxy, else the peer.
pub fn client(peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    let ip = peer.ip();
    if ip.is_loopback() {
        if let Some(real) =
            headers.get("x-real-ip").and_then(|v| v.to_str().ok()).and_then(|s| s.trim().parse().ok())
        {
            return real;
        }
    }
    ip
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_per_address_and_off() {
        let l = Limit::new(3);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(l.check(a).is_ok());
        }
        let wait = l.check(a).unwrap_err();
        assert!(wait > Duration::from_secs(1) && wait <= Duration::from_secs(20), "{wait:?}");
        assert!(l.check(b).is_ok());
        let off = Limit::new(0);
        assert!((0..1000).all(|_| off.check(a).is_ok()));
    }

    #[test]
    fn real_ip_only_from_the_local_proxy() {
        let mut h = HeaderMap::new();
        h.insert("x-real-ip", "198.51.100.7".parse().unwrap());
        assert_eq!(client("127.0.0.1:5000".parse().unwrap(), &h), "198.51.100.7".parse::<IpAddr>().unwrap());
        assert_eq!(client("203.0.113.9:5000".parse().unwrap(), &h), "203.0.113.9".parse::<IpAddr>().unwrap());
        assert_eq!(
            client("127.0.0.1:5000".parse().unwrap(), &HeaderMap::new()),
            "127.0.0.1".parse::<IpAddr>().unwrap()
        );
    }
}
