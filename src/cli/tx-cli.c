/* placeholder: being written */
typedef int tx_placeholder;
