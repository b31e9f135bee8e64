"""The Indonesian working-day calendar that every statutory deadline is counted on."""
