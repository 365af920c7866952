"""What every domain uses and none owns: the one sanitizer (bleach), upload checks by content,
rate limits, private file storage, head counts by gender (the fields of activities and offline
sessions) and the masking of small ones, and the errors verbs raise."""
