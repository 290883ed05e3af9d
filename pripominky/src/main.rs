//! `pripominky`: the comment receiver a municipality runs beside the static app. `serve` accepts comments
//! over HTTP (the contract is in `docs/comments-api.md`), `export` hands them to the coordinator, `purge`
//! deletes personal data after the retention period, `stats` counts them. The field rules, snapshot model
//! and validation come from the `pruvodce` library, so the form and the receiver never disagree.

mod campaigns;
mod clock;
mod db;
mod export;
mod http;
mod limit;
mod problem;
mod retention;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "pripominky",
    version,
    about = "Receives citizens' comments on the plan and hands them to the coordinator"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Accept comments over HTTP (POST /api/pripominky, GET /api/health).
    Serve {
        /// SQLite database file (created when missing).
        #[arg(long)]
        db: PathBuf,
        /// Address to listen on, e.g. 127.0.0.1:8081 (behind nginx).
        #[arg(long)]
        listen: SocketAddr,
        /// Published data directory (dist/data: regions.json, manifests, snapshots); re-read when it changes.
        #[arg(long)]
        data: PathBuf,
        /// Posts one client address may make per minute; 0 turns the limit off.
        #[arg(long, default_value_t = 20)]
        rate_per_minute: u32,
    },
    /// Print the comments to standard output (CSV for a spreadsheet, or JSON).
    Export {
        #[arg(long)]
        db: PathBuf,
        /// Only this campaign's comments.
        #[arg(long)]
        campaign: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    /// Delete the personal data of comments whose campaign closed more than the retention period ago.
    Purge {
        #[arg(long)]
        db: PathBuf,
        /// Purge comments of campaigns that closed before this day (YYYY-MM-DD) instead of the retention rule.
        #[arg(long)]
        before: Option<String>,
        /// How long after its campaign closes a comment is kept, in months.
        #[arg(long, default_value_t = retention::DEFAULT_MONTHS)]
        retention_months: u32,
    },
    /// Count comments per campaign and day (Prague time).
    Stats {
        #[arg(long)]
        db: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Json,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Serve { db, listen, data, rate_per_minute } => {
            http::serve(http::Config { db, listen, data, rate_per_minute })
        }
        Command::Export { db, campaign, format } => {
            export::run(&db, campaign.as_deref(), matches!(format, Format::Json))
        }
        Command::Purge { db, before, retention_months } => {
            retention::run(&db, before.as_deref(), retention_months)
        }
        Command::Stats { db } => export::stats(&db),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("pripominky: {e}");
            ExitCode::FAILURE
        }
    }
}
