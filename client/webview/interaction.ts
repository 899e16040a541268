// What a node does for the mouse and the keyboard: a click or Enter reveals its definition
// in the editor; hovering or focusing it shows its summary (the pairs through it and their
// missing steps) in the page's tooltip.
import type { GraphNode, TopologyGraph } from '../../protocol/index';
import { page, postToHost } from './page';
import { nodeSummary } from './view';

export function attachInteraction(group: SVGGElement, view: TopologyGraph, node: GraphNode): void {
  const reveal = () => {
    if (node.pointer !== '') postToHost({ type: 'reveal', pointer: node.pointer });
  };
  group.addEventListener('click', reveal);
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal();
    }
  });
  const show = (x: number, y: number) => {
    page.tooltip.replaceChildren(
      ...nodeSummary(view, node).map((line) => {
        const row = document.createElement('div');
        row.textContent = line;
        if (line.startsWith('  ✗')) row.className = 'failure';
        return row;
      }),
    );
    page.tooltip.hidden = false;
    page.tooltip.style.left = `${Math.min(x + 12, window.innerWidth - 430)}px`;
    page.tooltip.style.top = `${y + 12}px`;
  };
  const hide = () => (page.tooltip.hidden = true);
  group.addEventListener('mousemove', (event) => show(event.clientX, event.clientY));
  group.addEventListener('mouseleave', hide);
  group.addEventListener('focus', () => {
    const box = group.getBoundingClientRect();
    show(box.left, box.bottom);
  });
  group.addEventListener('blur', hide);
}
