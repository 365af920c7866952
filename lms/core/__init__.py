"""What every domain uses and none owns: the one sanitizer (bleach), upload checks by content,
rate limits, private file storage, masking of small head counts, and the errors verbs raise."""
