/* placeholder: being written */
typedef int tx_placeholder_tx_archive_page;
