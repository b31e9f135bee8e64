"""The auditor's view: compliance figures, DIP completeness, an e-Monev-style estimate, and the audit trail."""
