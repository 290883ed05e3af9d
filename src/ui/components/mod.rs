//! Reusable components, one per file.

pub mod back_link;
pub mod blocks;
pub mod booklet_view;
pub mod contacts;
pub mod crisis_lines;
pub mod did_you_mean;
pub mod error_summary;
pub mod footer;
pub mod header;
pub mod lang_choice;
pub mod localized;
pub mod notices;
pub mod office_card;
pub mod open_status;
pub mod outbox_list;
pub mod print_link;
pub mod quick_exit;
pub mod service_actions;
pub mod service_card;
