//! The `katalog` CLI: argument parsing and dispatch. Each subcommand lives in its own file.
//! Exit codes: 0 ok, 1 invalid data, 2 usage (clap's own code for bad arguments).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod booklet;
mod check;
mod consistency;
mod diff;
mod export_sheet;
mod first_screen;
pub mod generate;
mod import_feed;
mod import_hsds;
mod import_merge;
mod import_rpss;
mod import_sheet;
mod lang_packs;
mod manifest;
mod publish;
mod publish_fs;
pub mod schema;
mod search;
pub mod sheet;
mod stats;

/// An error that ends the command: its message goes to stderr and its code becomes the exit code.
#[derive(Debug)]
pub struct CliError {
    pub code: u8,
    pub message: String,
}

impl CliError {
    /// Invalid data (exit code 1).
    pub fn data(message: impl Into<String>) -> Self {
        CliError { code: 1, message: message.into() }
    }
    /// Bad usage, such as an unreadable file given as an argument (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        CliError { code: 2, message: message.into() }
    }
}

#[derive(Parser, Debug)]
#[command(name = "katalog", version, about = "Validate, build and search Průvodce catalogue snapshots")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validate a snapshot, printing every error with its JSON path, then its consistency warnings
    /// (in Czech, for the coordinator). Exit 1 on errors; warnings alone exit 0 unless --strict.
    Check {
        file: PathBuf,
        /// Treat warnings as errors (exit 1).
        #[arg(long)]
        strict: bool,
    },
    /// Count services by legal type, municipality and form.
    Stats { file: PathBuf },
    /// Print the manifest JSON for a snapshot.
    Manifest {
        file: PathBuf,
        /// URL of the snapshot as published (default: data/<file name>).
        #[arg(long)]
        url: Option<String>,
    },
    /// Write a deterministic synthetic catalogue of N services, for benchmarks.
    Generate {
        #[arg(long)]
        services: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Print the JSON Schema of the snapshot format (or of the manifest with --manifest).
    Schema {
        /// Write to this file instead of stdout.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Print the manifest's schema instead of the snapshot's.
        #[arg(long)]
        manifest: bool,
    },
    /// Write the app's language packs (cs.json, uk.json, en.json) into a directory (used by the build).
    LangPacks {
        #[arg(long)]
        to: PathBuf,
    },
    /// Write the home page's first screen (cs.html, uk.html, en.html) and its script (first.js) into a
    /// directory (used by the build: index.html carries the Czech one).
    FirstScreen {
        #[arg(long)]
        to: PathBuf,
        /// The published region list (regions.json): a first visit starts in its first region.
        #[arg(long)]
        regions: PathBuf,
    },
    /// Search a snapshot with the same engine the browser runs.
    Search {
        file: PathBuf,
        query: String,
        /// Municipality (name or id) the person lives in.
        #[arg(long)]
        obec: Option<String>,
        /// Only services open at this instant, e.g. 2026-03-29T10:00:00+02:00 (judged in Prague time).
        #[arg(long)]
        open_at: Option<String>,
        /// Only services open round the clock.
        #[arg(long)]
        nonstop: bool,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Build a snapshot for one district from the MPSV registry open data.
    ImportRpss {
        #[arg(long)]
        rpss: PathBuf,
        #[arg(long)]
        codelists: PathBuf,
        /// District code as in the registry, e.g. `Okres/3201`.
        #[arg(long)]
        okres: String,
        #[arg(long)]
        region_name: Option<String>,
        /// JSON with the district's offices: {"offices": [...], "municipality_office": {"<code>": "<id>"}}.
        #[arg(long)]
        offices: Option<PathBuf>,
        /// The current catalogue: update what the registry owns, keep the coordinator's texts.
        #[arg(long)]
        merge: Option<PathBuf>,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Convert Open Referral HSDS 3.0 JSON into a snapshot.
    ImportHsds {
        file: PathBuf,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Build a snapshot from the national feed of services for older people (AutomatizaceKatalogu).
    ImportFeed {
        file: PathBuf,
        /// District: LAU code (CZ0201), region code (CZ010 for Prague) or name; default: everything.
        #[arg(long)]
        okres: Option<String>,
        /// JSON with the district's offices, as for import-rpss.
        #[arg(long)]
        offices: Option<PathBuf>,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Publish a valid snapshot into a site's data directory: hashed copy, manifest, regions.json.
    Publish {
        file: PathBuf,
        /// The data directory served as /data/ (e.g. dist/data).
        #[arg(long)]
        to: PathBuf,
        /// The region's name in the app's region list (default: the snapshot's meta.region_name).
        #[arg(long)]
        region_name: Option<String>,
    },
    /// What changed between two snapshots, per collection (Czech summary, or JSON with --json).
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Write a snapshot as a spreadsheet (xlsx) for the coordinator: one sheet per collection.
    ExportSheet {
        file: PathBuf,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Write the printable catalogue (title page, contents, services with contacts, index of
    /// municipalities) as one self-contained HTML file, in Czech, for the coordinator to print.
    Booklet {
        file: PathBuf,
        /// Group the services by legal type (the act's order) or by municipality.
        #[arg(long, value_enum, default_value_t = BookletOrder::Type)]
        by: BookletOrder,
        /// Print on A5 paper (a booklet); A4 by default.
        #[arg(long)]
        a5: bool,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Read an edited spreadsheet back into a snapshot, validated; errors name sheet, row and column.
    ImportSheet {
        file: PathBuf,
        /// The snapshot the sheet was exported from: fills sheets the workbook lacks, and the changes
        /// against it are summarised.
        #[arg(long)]
        base: Option<PathBuf>,
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
}

/// The booklet's order (`katalog booklet --by`).
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum BookletOrder {
    Type,
    Municipality,
}

/// Parses arguments, runs the command and maps errors to exit codes.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.message);
            ExitCode::from(e.code)
        }
    }
}

/// Runs one command; separate from `main` so tests can call it.
pub fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Check { file, strict } => check::run(&file, strict),
        Command::Stats { file } => stats::run(&file),
        Command::Manifest { file, url } => manifest::run(&file, url.as_deref()),
        Command::Generate { services, seed, output } => generate::run(services, seed, &output),
        Command::Schema { output, manifest } => schema::run(output.as_deref(), manifest),
        Command::LangPacks { to } => lang_packs::run(&to),
        Command::FirstScreen { to, regions } => first_screen::run(&to, &regions),
        Command::Search { file, query, obec, open_at, nonstop, limit, json } => {
            let hours = search::HoursFilter { open_at: open_at.as_deref(), nonstop };
            search::run(&file, &query, obec.as_deref(), hours, limit, json)
        }
        Command::ImportRpss { rpss, codelists, okres, region_name, offices, merge, output } => {
            let (region_name, offices, merge) =
                (region_name.as_deref(), offices.as_deref(), merge.as_deref());
            import_rpss::run(&rpss, &codelists, &okres, region_name, offices, merge, &output)
        }
        Command::ImportHsds { file, output } => import_hsds::run(&file, &output),
        Command::ImportFeed { file, okres, offices, output } => {
            import_feed::run(&file, okres.as_deref(), offices.as_deref(), &output)
        }
        Command::Publish { file, to, region_name } => publish::run(&file, &to, region_name.as_deref()),
        Command::Diff { old, new, json } => diff::run(&old, &new, json),
        Command::ExportSheet { file, output } => export_sheet::run(&file, &output),
        Command::Booklet { file, by, a5, output } => {
            let grouping = match by {
                BookletOrder::Type => crate::domain::booklet::Grouping::Type,
                BookletOrder::Municipality => crate::domain::booklet::Grouping::Municipality,
            };
            booklet::run(&file, grouping, a5, &output)
        }
        Command::ImportSheet { file, base, output } => import_sheet::run(&file, base.as_deref(), &output),
    }
}
