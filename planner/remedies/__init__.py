"""From a finding to a remedy: arrears evidence, letters, claim readiness, card merge, reminders."""
