// Prints one closing line in the form CI reads from any runner: "playwright: N passed, N failed, N skipped".
export default class SummaryReporter {
  constructor() { this.counts = { passed: 0, failed: 0, skipped: 0 }; }
  onTestEnd(_test, result) {
    if (result.status === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
  }
  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`\nplaywright: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
